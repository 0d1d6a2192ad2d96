import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/extract';

/** One temporary folder for the file, removed after the tests so runs leave nothing behind. */
const folder = mkdtempSync(join(tmpdir(), 'load-page-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let saves = 0;
function saved(html: Buffer): string {
  const file = join(folder, `page-${saves++}.html`);
  writeFileSync(file, html);
  return file;
}

describe('loadPage (the extract and bench loader)', () => {
  it('reads a saved UTF-8 page that declares no charset as UTF-8, as its server would have said', () => {
    const dom = loadPage(saved(Buffer.from('<html><head><title>2024 — and 2025</title></head><body></body></html>', 'utf8')));
    expect(dom.window.document.title).toBe('2024 — and 2025');
  });

  it('reads a page in the charset it declares', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>caf'), Buffer.from([0xe9]), Buffer.from('</title></head></html>')]);
    expect(loadPage(saved(bytes)).window.document.title).toBe('café');
  });

  it('honours a <meta charset> that comes after the prescan, as a browser switches to it when met', () => {
    // A stray byte that is not UTF-8 (pages have them) must not make the declared charset lose.
    const filler = `<script src="a.js" charset="utf-8">${'x'.repeat(3000)}</script>`;
    const bytes = Buffer.concat([Buffer.from(`<html><head>${filler}<meta charset="utf-8"><title>it’s “quoted”</title></head><body>`, 'utf8'), Buffer.from([0xff]), Buffer.from('</body></html>')]);
    expect(loadPage(saved(bytes)).window.document.title).toBe('it’s “quoted”');
  });

  it('does not take a script tag\'s charset attribute for the page\'s declaration', () => {
    const bytes = Buffer.from(`<html><head><script src="a.js" charset="windows-1252"></script><title>2024 — and 2025</title></head></html>`, 'utf8');
    expect(loadPage(saved(bytes)).window.document.title).toBe('2024 — and 2025');
  });
});
