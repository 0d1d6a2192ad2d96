// Context past a block boundary: pages move and insert whole blocks (reordered paragraphs, ads between them), so
// stored context beyond the quote's block may be wholly new without the quote having moved anywhere wrong. It then
// counts neither for nor against an unchanged quote; a copy of the quote elsewhere that fits as well still stops it.
import { describe as spec, it, expect, vi } from 'vitest';
import { anchor, describe } from '../../../src/anchoring/index';
import { page, rangeOf, rewrite, placeOf } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const A = 'The council met on Tuesday evening to discuss the new budget for the coming year.';
const B = 'Critics called the plan too expensive for a town of this size.';
const C = 'The vote is expected before the summer recess, officials said on Wednesday.';
const D = 'Residents may comment on the proposal until the end of March.';
const E = 'A second meeting will be held in the library on the first Monday of April.';
const article = (...ps: string[]) => `<article><h1>Council approves budget</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</article>`;
const ORIGINAL = article(A, B, C, D, E);
// Every paragraph has other neighbours than before.
const REORDERED = article(C, A, D, B, E);

function highlight(html: string, quote: string) {
  const { root } = page(html);
  return { root, selectors: describe(root, rangeOf(root, quote)) };
}

function anchoredText(root: Element, selectors: ReturnType<typeof describe>) {
  const result = anchor(root, selectors);
  if (result.status !== 'anchored') throw new Error(`orphaned: ${result.reason}`);
  return { ...placeOf(root, result.range), quality: result.quality };
}

spec('context past the block', () => {
  it('lets a whole paragraph follow itself when paragraphs are reordered and both neighbours changed', () => {
    const { root, selectors } = highlight(ORIGINAL, B);
    rewrite(root, REORDERED);
    const found = anchoredText(root, selectors);
    expect(found.text).toBe(B);
    expect(found.before.endsWith('until the end of March.')).toBe(true);
    expect(found.quality).toBe('moved');
  });

  it('counts the words beside the quote inside its paragraph, not the moved paragraphs around it', () => {
    const quote = 'too expensive for a';
    const { root, selectors } = highlight(ORIGINAL, quote);
    rewrite(root, REORDERED.replace('<p>Critics', '<div class="ad">Advertisement: buy one, get one free today.</div><p>Critics'));
    const found = anchoredText(root, selectors);
    expect(found.text).toBe(quote);
    expect(found.before.endsWith('get one free today.Critics called the plan ')).toBe(true);
  });

  it('is orphaned when the paragraph gave way to another and a summary box repeats it as a block of its own', () => {
    const html = `${ORIGINAL}<aside><ul><li>${B}</li></ul></aside>`;
    const { root, selectors } = highlight(html, B);
    rewrite(root, html.replace(`<p>${B}</p>`, '<p>Advertisement: the garden centre is open on Sundays.</p>'));
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });

  it('is orphaned when the moved paragraph and a copy of it fit as well as each other', () => {
    const { root, selectors } = highlight(ORIGINAL, B);
    rewrite(root, `${REORDERED}<aside><ul><li>${B}</li></ul></aside>`);
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });

  it('is still orphaned for a short heading whose neighbours all changed (a few words alone prove nothing)', () => {
    const html = `<article><h2>Budget</h2><p>${A}</p><p>${B}</p></article>`;
    const { root, selectors } = highlight(html, 'Budget');
    rewrite(root, `<article><p>${B}</p><h2>Budget</h2><p>${C}</p></article>`);
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });
});
