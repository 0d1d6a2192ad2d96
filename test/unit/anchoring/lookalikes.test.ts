// Lookalikes: a highlight whose quote and context also fit another place on the page (a pull quote repeating a
// sentence of the story) is told apart only by where it stood. describe() counts such places; anchor() then
// never takes a place a search finds, since it may be the copy with the passage itself gone.
import { describe as spec, it, expect, vi } from 'vitest';
import { anchor, describe } from '../../../src/anchoring/index';
import type { RangeSelector, Selector } from '../../../src/anchoring/types';
import { page, rangeOf, rewrite, placeOf } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const P1 = 'The council met on Tuesday evening to discuss the new budget for the coming year.';
const SAID = 'The mayor said the plan would pay for itself within a decade, and that taxes would not rise.';
const P2 = `Critics called the plan too expensive. ${SAID} Residents may comment until March.`;
const P3 = 'The vote is expected before the summer recess, officials said on Wednesday.';
const PULL = `<blockquote class="pull-quote">${SAID}</blockquote>`;
const ARTICLE = `<article><h1>Council approves budget</h1><p>${P1}</p><p>${P2}</p>${PULL}<p>${P3}</p></article>`;

const lookalikesOf = (selectors: Selector[]) =>
  selectors.find((s): s is RangeSelector => s.type === 'RangeSelector')?.lookalikes;

function highlight(html: string, quote: string, occurrence = 0) {
  const { root } = page(html);
  const range = rangeOf(root, quote, occurrence);
  return { root, selectors: describe(root, range), before: placeOf(root, range).before };
}

spec('lookalikes', () => {
  it('are counted when the quote and its context also stand in a pull quote', () => {
    expect(lookalikesOf(highlight(ARTICLE, 'pay for itself').selectors)).toBe(1);
    expect(lookalikesOf(highlight(ARTICLE, 'pay for itself', 1).selectors)).toBe(1);
  });

  it('are not recorded for a quote whose context is found nowhere else', () => {
    expect(lookalikesOf(highlight(ARTICLE, 'discuss the new budget').selectors)).toBeUndefined();
    // The pull quote shares the words but not the context before them: "expensive." is not there.
    expect(lookalikesOf(highlight(ARTICLE, 'Critics called the plan too expensive. The mayor').selectors)).toBeUndefined();
  });

  it('count an edited copy (a typo the story has and the pull quote has not)', () => {
    const html = ARTICLE.replace(`<p>${P2}</p>`, `<p>${P2.replace('within a decade', 'witihn a decade')}</p>`);
    expect(lookalikesOf(highlight(html, 'itself witihn a').selectors)).toBe(1);
  });

  it('leave the highlight on its own place while the page keeps it there', () => {
    const { root, selectors, before } = highlight(ARTICLE, 'pay for itself');
    rewrite(root, ARTICLE + '<div class="ad">Subscribe for one dollar a week.</div>');
    const result = anchor(root, selectors);
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') expect(placeOf(root, result.range)).toEqual({ text: 'pay for itself', before });
  });

  it('make a highlight whose passage was deleted an orphan, not a highlight on the pull quote', () => {
    const { root, selectors } = highlight(ARTICLE, 'pay for itself');
    rewrite(root, ARTICLE.replace(`<p>${P2}</p>`, ''));
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });

  it('make a highlight on the story an orphan when its paragraph went and an edited copy stayed', () => {
    const html = ARTICLE.replace(`<p>${P2}</p>`, `<p>${P2.replace('within a decade', 'witihn a decade')}</p>`);
    const { root, selectors } = highlight(html, 'itself witihn a');
    rewrite(root, html.replace(/<p>Critics[^<]*<\/p>/, ''));
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });

  it('make a highlight on the pull quote an orphan when the pull quote was taken out', () => {
    const { root, selectors } = highlight(ARTICLE, 'pay for itself', 1);
    rewrite(root, ARTICLE.replace(PULL, ''));
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });
});
