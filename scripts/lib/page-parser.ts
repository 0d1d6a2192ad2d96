// Saved pages for the extraction benchmark, read as `scripts/extract.ts` reads them (the same bytes, the
// same charset sniffing and decoding as jsdom's, the same HTML parser) but parsed into documents without a
// browsing context, as DOMParser makes them, all under one jsdom window.
//
// Why: a jsdom window per page costs tens of milliseconds to build, and a window's document turns every
// <style> into a CSSOM sheet as it parses (about a third of the parse on WCXB pages). Neither detector reads
// style sheets or the window, and the clone Readability parses has no browsing context either, so the
// documents and both systems' timed work are the same; only untimed set-up is saved.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { contentTypeOf } from '../extract';

// jsdom's own sniffer and decoder, resolved from jsdom's dependencies so both loaders decode alike.
const fromJsdom = createRequire(createRequire(import.meta.url).resolve('jsdom'));
const sniffHTMLEncoding = fromJsdom('html-encoding-sniffer') as (bytes: Uint8Array, o: { transportLayerEncodingLabel?: string }) => string;
const { legacyHookDecode } = fromJsdom('@exodus/bytes/encoding.js') as { legacyHookDecode: (bytes: Uint8Array, encoding: string) => string };

/** The page's text as jsdom would decode it. */
export function decodePage(bytes: Uint8Array): string {
  const charset = /charset=([^;]+)/.exec(contentTypeOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))?.[1];
  return legacyHookDecode(bytes, sniffHTMLEncoding(bytes, { transportLayerEncodingLabel: charset }));
}

/** Parses saved pages (.html or .html.gz) into window-less documents whose URL is the page's. */
export class PageParser {
  private readonly dom = new JSDOM('', { virtualConsole: new VirtualConsole() });

  parse(file: string, url?: string | null): Document {
    const raw = readFileSync(file);
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
    // A DOMParser document takes the URL of the window's document, so the window moves to the page first.
    this.dom.reconfigure({ url: url || pathToFileURL(resolve(file)).href });
    return new this.dom.window.DOMParser().parseFromString(decodePage(bytes), 'text/html');
  }

  close(): void {
    this.dom.window.close();
  }
}
