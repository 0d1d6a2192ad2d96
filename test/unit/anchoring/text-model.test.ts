// The helpers under anchor(): the whitespace-free key of a page, element paths, and offsets <-> ranges.
import { describe as spec, it, expect, vi } from 'vitest';
import { buildTextIndex, isIgnorable, keyOf, textSpanOfKey } from '../../../src/anchoring/text-index';
import { offsetsFromRange, rangeFromOffsets } from '../../../src/anchoring/text-range';
import { elementFromPath, pathFromElement } from '../../../src/anchoring/xpath';
import { editDistance, editDistanceByTable } from '../../../src/anchoring/edit-distance';
import fc from 'fast-check';
import { page, rangeOf } from './helpers';

// jsdom pages on a loaded 2-CPU machine: the first test of a file also pays for starting jsdom.
vi.setConfig({ testTimeout: 30_000 });

spec('text index', () => {
  it('keys the visible text without whitespace, soft hyphens or script text', () => {
    const { root } = page('<p>Hello,\n  wor\u00adld</p><script>var x = 1;</script><p>again\u00a0now</p>');
    const index = buildTextIndex(root);
    expect(index.key).toBe('Hello,worldagainnow');
    expect(index.length).toBe(root.textContent!.length);
    const span = textSpanOfKey(index, index.key.indexOf('world'), index.key.indexOf('world') + 5);
    expect(root.textContent!.slice(span.start, span.end)).toBe('wor\u00adld');
  });

  it('keys a string the same way', () => {
    expect(keyOf(' a b\n\tc\u200b ')).toBe('abc');
  });

  it('drops exactly the characters isIgnorable names, in strings and in pages alike', () => {
    const dropped: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (keyOf(String.fromCharCode(code)) === '') dropped.push(code);
    const ignorable: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isIgnorable(code)) ignorable.push(code);
    expect(dropped).toEqual(ignorable);
    expect(ignorable).toContain(0xfeff);
    expect(ignorable).not.toContain(0x200e); // a left-to-right mark changes how text shows: kept
    const { root } = page('<p>a\u00a0b\u2009c</p><p>\ufeffd\u3000e\u00adf</p>');
    expect(buildTextIndex(root).key).toBe(keyOf(root.textContent!));
  });
});

spec('text range', () => {
  it('turns a range into text offsets and back', () => {
    const { root } = page('<div><p>First <b>bold</b> words.</p><p>Second para.</p></div>');
    const index = buildTextIndex(root);
    const { start, end } = offsetsFromRange(index, rangeOf(root, 'bold words.Second'));
    expect(root.textContent!.slice(start, end)).toBe('bold words.Second');
    expect(rangeFromOffsets(index, start, end).toString()).toBe('bold words.Second');
  });

  it('reads ranges whose ends sit on elements', () => {
    const { root, doc } = page('<div><p>One</p><p>Two</p><p>Three</p></div>');
    const range = doc.createRange();
    const div = root.firstElementChild!;
    range.setStart(div, 1);
    range.setEnd(div, 3);
    const index = buildTextIndex(root);
    const { start, end } = offsetsFromRange(index, range);
    expect(root.textContent!.slice(start, end)).toBe('TwoThree');
  });
});

spec('xpath', () => {
  it('names an element by tag and position among same-named siblings, and finds it again', () => {
    const { root } = page('<div><h2>a</h2><p>b</p><p>c <em>d</em></p></div>');
    const em = root.querySelector('em')!;
    expect(pathFromElement(root, em)).toBe('/div[1]/p[2]/em[1]');
    expect(elementFromPath(root, '/div[1]/p[2]/em[1]')).toBe(em);
    expect(pathFromElement(root, root)).toBe('');
  });

  it('returns null for a path the page no longer has, or a malformed one', () => {
    const { root } = page('<div><p>b</p></div>');
    expect(elementFromPath(root, '/div[1]/p[3]')).toBeNull();
    expect(elementFromPath(root, '/div[1]/p[x]')).toBeNull();
  });
});

spec('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('can let the second string start anywhere', () => {
    expect(editDistance('end', 'the very end', true)).toBe(0);
    expect(editDistance('end', 'the very enD', true)).toBe(1);
  });

  it('gives the same numbers bit-parallel (patterns up to 32 characters) as the full table', () => {
    // Small alphabets make many equal characters, where the bit arithmetic's carries matter.
    const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '\u{1F600}', 'x'), maxLength: max });
    fc.assert(
      fc.property(text(40), text(60), fc.boolean(), (a, b, free) => {
        expect(editDistance(a, b, free)).toBe(editDistanceByTable(a, b, free));
      }),
      { numRuns: 3000 },
    );
    expect(editDistance('a'.repeat(32), 'b'.repeat(32))).toBe(32);
    expect(editDistance('ab'.repeat(16), 'ba'.repeat(16))).toBe(editDistanceByTable('ab'.repeat(16), 'ba'.repeat(16)));
  });
});
