// Runs a script's pages in child processes of a fixed number of pages each, a few at a time: jsdom keeps
// some memory of every closed window until its process ends. Each child prints one JSON object a line.
import { spawn } from 'node:child_process';
import { freezeSources } from './frozen-sources';

export interface ChildChunks {
  /** The script each child runs (the caller's own file, in child mode). */
  script: string;
  ids: string[];
  /** Pages per child. */
  chunk: number;
  /** Children at a time. */
  jobs: number;
  /** The child's arguments after the script, for its pages. */
  args: (ids: string[]) => string[];
  /** Told of each finished chunk: its JSON lines and its pages. */
  onChunk?: (lines: string[], ids: string[]) => void;
}

/**
 * The JSON lines every child printed, chunk by chunk in page order. A child that fails keeps the lines it printed.
 * Every child runs the sources as they were when the run started (frozen-sources.ts).
 */
export async function inChildChunks(o: ChildChunks): Promise<string[][]> {
  const frozen = freezeSources(o.script);
  const chunks: string[][] = [];
  for (let i = 0; i < o.ids.length; i += o.chunk) chunks.push(o.ids.slice(i, i + o.chunk));
  const parts: string[][] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const k = next++;
      const out = await new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [...process.execArgv, frozen.script, ...o.args(chunks[k]!)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let buf = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (buf += d));
        child.on('close', (code) => {
          if (code) process.stderr.write(`chunk ${k} (${chunks[k]![0]}…): child exit ${code}; its finished pages are kept\n`);
          resolve(buf);
        });
      });
      parts[k] = out.split('\n').filter((l) => l.startsWith('{'));
      o.onChunk?.(parts[k]!, chunks[k]!);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  } finally {
    frozen.dispose();
  }
  return parts;
}
