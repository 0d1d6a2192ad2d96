// Command-line options of the benchmark scripts: `--name value` pairs, and switches that take no value.

/** The `--name value` options of `argv` by name (without the dashes); the switches named in `switches` take no value. */
export function readOptions(argv: string[], switches: readonly string[]): Map<string, string> {
  const opt = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) if (argv[i]!.startsWith('--') && !switches.includes(argv[i]!)) opt.set(argv[i]!.slice(2), argv[++i] ?? '');
  return opt;
}
