// Lookalikes: a highlight whose quote and context also fit another place on the page (a pull quote repeating a
// sentence of the story) is told apart by where it stood, or by fitting clearly better than that place did.
// describe() records how well the best other place fitted; anchor() never takes a place it searched for that fits
// no better, since it may be that other place with the passage itself gone.
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

const lookalikeOf = (selectors: Selector[]) =>
  selectors.find((s): s is RangeSelector => s.type === 'RangeSelector')?.lookalikeFit;

function highlight(html: string, quote: string, occurrence = 0) {
  const { root } = page(html);
  const range = rangeOf(root, quote, occurrence);
  return { root, selectors: describe(root, range), before: placeOf(root, range).before };
}

spec('lookalikes', () => {
  it('fit nearly fully when the quote and its context also stand in a pull quote', () => {
    // Not quite 1: the sentence begins mid-paragraph in the story, so the words before it differ.
    expect(lookalikeOf(highlight(ARTICLE, 'pay for itself').selectors)).toBeGreaterThan(0.75);
    expect(lookalikeOf(highlight(ARTICLE, 'pay for itself', 1).selectors)).toBeGreaterThan(0.75);
  });

  it('are not recorded for a quote whose context is found nowhere else', () => {
    expect(lookalikeOf(highlight(ARTICLE, 'discuss the new budget').selectors)).toBeUndefined();
    // The pull quote shares the words but not the context before them: "expensive." is not there.
    expect(lookalikeOf(highlight(ARTICLE, 'Critics called the plan too expensive. The mayor').selectors)).toBeUndefined();
  });

  it('fit nearly fully as an edited copy (a typo the story has and the pull quote has not)', () => {
    const html = ARTICLE.replace(`<p>${P2}</p>`, `<p>${P2.replace('within a decade', 'witihn a decade')}</p>`);
    const fit = lookalikeOf(highlight(html, 'itself witihn a').selectors);
    expect(fit).toBeGreaterThan(0.75);
    expect(fit).toBeLessThan(1);
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

// A sentence whose first half a caption repeats: the caption fits the quote and the context before it, not after.
const HALF = 'After months of talks the city said the new bridge is due to open in the spring of next year';
const CAPTION = `<figure><img alt=""><figcaption>${HALF}, officials say.</figcaption></figure>`;
const BODY = `<p>${P1}</p><p>${HALF}, after two years of delays and a fierce row over costs.</p>`;

spec('a lookalike that fits only part of the context', () => {
  it('is recorded as a partial fit', () => {
    const fit = lookalikeOf(highlight(`<article>${CAPTION}${BODY}</article>`, 'spring', 1).selectors);
    expect(fit).toBeGreaterThan(0.5);
    expect(fit).toBeLessThan(0.9);
  });

  it('does not stop the highlight from being found where it clearly fits better, once its place moved', () => {
    const html = `<article>${CAPTION}${BODY}</article>`;
    const { root, selectors } = highlight(html, 'spring', 1);
    rewrite(root, `<div class="ad"><p>Advertisement</p></div>${html.replace('<article>', '<article><p>Updated at noon.</p>')}`);
    const result = anchor(root, selectors);
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') expect(placeOf(root, result.range).before).toMatch(/in the $/);
    expect(placeOf(root, (result as { range: Range }).range).before).toContain(P1);
  });

  it('is not taken for the highlight once the highlighted paragraph was deleted', () => {
    const html = `<article>${CAPTION}${BODY}</article>`;
    const { root, selectors } = highlight(html, 'spring', 1);
    rewrite(root, html.replace(/<p>After months[^<]*<\/p>/, ''));
    expect(anchor(root, selectors)).toMatchObject({ status: 'orphaned' });
  });
});
