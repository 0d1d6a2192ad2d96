// Property tests: whatever the reader wrote, every format gives it back (the escapes undone the way a reader of
// that format would undo them).
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toReadwiseCsv } from '../../../src/export/csv';
import { markdownBlockQuote } from '../../../src/export/markdown-escape';
import { yamlString } from '../../../src/export/yaml';
import { parseBackup, serializeBackup, toBackup } from '../../../src/export/backup';
import { parseWebAnnotations } from '../../../src/export/web-annotation-import';
import { toWebAnnotationJson } from '../../../src/export/web-annotation-export';
import { wellFormed } from '../../../src/export/text-safety';
import { utf8Length } from '../../../src/export/import-size';
import { asMarkdownKeepsIt, readBlockQuote, readYamlDoubleQuoted } from './markdown-reader';
import { makeAnnotation, makeArticle, NOW } from './sample-library';

/** Strings dense in characters that break formats, plus any Unicode at all. */
const SPECIALS = ['a', ' ', '\t', '\n', '\r', '\r\n', '"', "'", ',', ';', '\\', '`', '*', '_', '#', '-', '1.', '>', '<', '&', '|', '[', ']', '{', '}', '%', '$', '~', '^', '=', '\u0000', '\u2028', '\u00a0', '\ufeff', '\ud800', '\udc00', '😀', '👨‍👩‍👧', 'ع', 'ש', '\u200f'];
const anyText = fc.oneof(fc.string({ unit: fc.constantFrom(...SPECIALS), maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

describe('any text', () => {
  it('survives YAML double-quoting', () => {
    fc.assert(fc.property(anyText, (text) => readYamlDoubleQuoted(yamlString(text)) === wellFormed(text)));
  });

  it('stays inside a Markdown block quote and reads back', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const block = markdownBlockQuote(text);
        const expected = asMarkdownKeepsIt(text);
        return block.split('\n').every((line) => line.startsWith('>')) && readBlockQuote(block) === expected;
      }),
    );
  });

  it('reads back from CSV with papaparse', () => {
    fc.assert(
      fc.property(anyText, anyText, (quote, note) => {
        const csv = toReadwiseCsv({ articles: [makeArticle()], annotations: [makeAnnotation({ quote, note })] }, NOW);
        const row = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[1];
        return row?.[0] === wellFormed(quote) && row?.[4] === wellFormed(note);
      }),
    );
  });

  it('round-trips through a backup', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 3 }), (quote, note, tags) => {
        const backup = toBackup([makeArticle()], [makeAnnotation({ quote, note, tags })], NOW);
        const parsed = parseBackup(serializeBackup(backup));
        return parsed.ok && serializeBackup(parsed.backup) === serializeBackup(backup);
      }),
    );
  });

  it('round-trips through W3C JSON-LD', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 3 }), (quote, note, tags) => {
        const annotation = makeAnnotation({ quote, note, tags, color: 'blue' });
        const result = parseWebAnnotations(toWebAnnotationJson({ articles: [makeArticle()], annotations: [annotation] }, NOW), NOW);
        const back = result.ok ? result.annotations[0] : undefined;
        return (
          back?.quote === wellFormed(quote) && back.note === wellFormed(note) && back.color === 'blue' &&
          JSON.stringify(back.tags) === JSON.stringify(tags.map(wellFormed))
        );
      }),
    );
  });

  it('has its UTF-8 size counted exactly', () => {
    fc.assert(fc.property(anyText, (text) => utf8Length(text) === Buffer.byteLength(text, 'utf8')));
  });
});
