import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../scripts/extract';

function saved(html: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'load-page-')), 'page.html');
  writeFileSync(file, html);
  return file;
}

describe('loadPage (the extract and bench loader)', () => {
  it('reads a saved UTF-8 page that declares no charset as UTF-8, as its server would have said', () => {
    const dom = loadPage(saved(Buffer.from('<html><head><title>2024 — and 2025</title></head><body></body></html>', 'utf8')));
    expect(dom.window.document.title).toBe('2024 — and 2025');
  });

  it('leaves a declared charset to the sniffer', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>caf'), Buffer.from([0xe9]), Buffer.from('</title></head></html>')]);
    expect(loadPage(saved(bytes)).window.document.title).toBe('café');
  });
});
