// anchor(): a highlight finds its text again after the page changed, or says it cannot.
import { describe as spec, it, expect, vi } from 'vitest';
import { anchor, describe } from '../../../src/anchoring/index';
import { page, rangeOf, rewrite, placeOf } from './helpers';

// jsdom pages on a loaded 2-CPU machine: the first test of a file also pays for starting jsdom.
vi.setConfig({ testTimeout: 30_000 });

const P1 = 'The council met on Tuesday evening to discuss the new budget for the coming year.';
const P2 = 'After a long debate, the members agreed to fund <em>three new libraries</em> and a <a href="/pool">public pool</a> in the northern district.';
const P3 = 'Critics said the plan was too expensive. The mayor said the plan would pay for itself within a decade.';
const P4 = 'Residents will be able to comment on the proposal until the end of March, the council said.';
const ARTICLE = `<article><h1>Council approves budget</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>`;

function highlight(quote: string, occurrence = 0) {
  const { root } = page(ARTICLE);
  const range = rangeOf(root, quote, occurrence);
  return { root, selectors: describe(root, range), before: placeOf(root, range).before };
}

function anchoredText(root: Element, selectors: ReturnType<typeof describe>) {
  const result = anchor(root, selectors);
  if (result.status !== 'anchored') throw new Error(`orphaned: ${result.reason}`);
  return { ...placeOf(root, result.range), quality: result.quality, score: result.score };
}

spec('anchor', () => {
  it('places the highlight exactly on the unchanged page (round trip)', () => {
    const { root, selectors, before } = highlight('agreed to fund three new libraries');
    const found = anchoredText(root, selectors);
    expect(found.text).toBe('agreed to fund three new libraries');
    expect(found.before).toBe(before);
    expect(found.quality).toBe('exact');
    expect(found.score).toBe(1);
  });

  it('finds the quote after a paragraph was inserted before it', () => {
    const { root, selectors } = highlight('the members agreed');
    rewrite(root, ARTICLE.replace('<h1>', '<p>Advertisement: buy one, get one free at our store.</p><h1>'));
    const found = anchoredText(root, selectors);
    expect(found.text).toBe('the members agreed');
    expect(found.before.endsWith('After a long debate, ')).toBe(true);
    expect(found.quality).toBe('moved');
  });

  it('finds a quote that crosses emphasis, a link and a paragraph break', () => {
    const quote = 'new libraries and a public pool in the northern district.Critics said';
    const { root, selectors } = highlight(quote);
    rewrite(root, `<aside>Related stories</aside>${ARTICLE}`);
    expect(anchoredText(root, selectors).text).toBe(quote);
  });

  it('survives whitespace and markup being reshuffled', () => {
    const { root, selectors } = highlight('agreed to fund three new libraries and a public pool');
    rewrite(
      root,
      ARTICLE.replace(P2, '\n  After a long   debate, the members\n agreed to fund <span><b>three</b> new libraries</span> and a public\tpool in the northern district.\n'),
    );
    const found = anchoredText(root, selectors);
    expect(found.text.replace(/\s+/g, ' ')).toBe('agreed to fund three new libraries and a public pool');
    expect(found.text.startsWith('agreed')).toBe(true);
    expect(found.text.endsWith('pool')).toBe(true);
  });

  it('survives a typo fixed inside the quote, and says the match is fuzzy', () => {
    const { root, selectors } = highlight('discuss the new budget for the coming year');
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
    if (quote.type === 'TextQuoteSelector') quote.exact = 'discuss teh new budget for the coming year';
    const found = anchoredText(root, selectors);
    expect(found.text).toBe('discuss the new budget for the coming year');
    expect(found.quality).toBe('fuzzy');
    expect(found.score).toBeLessThan(1);
  });

  it('survives a typo fixed in the page text next to the quote', () => {
    const { root, selectors } = highlight('public pool');
    rewrite(root, ARTICLE.replace('northern district', 'nothern district'));
    expect(anchoredText(root, selectors).text).toBe('public pool');
  });

  it('follows its paragraph when paragraphs are reordered', () => {
    const { root, selectors } = highlight('comment on the proposal');
    rewrite(root, `<article><h1>Council approves budget</h1><p>${P4}</p><p>${P3}</p><p>${P1}</p><p>${P2}</p></article>`);
    const found = anchoredText(root, selectors);
    expect(found.text).toBe('comment on the proposal');
    expect(found.before).toContain('Residents will be able to ');
  });

  it('is orphaned when the passage was deleted', () => {
    const { root, selectors } = highlight('Critics said the plan was too expensive.');
    rewrite(root, ARTICLE.replace(`<p>${P3}</p>`, ''));
    const result = anchor(root, selectors);
    expect(result.status).toBe('orphaned');
  });

  it('never anchors to a similar but different sentence in another paragraph', () => {
    const { root, selectors } = highlight('The mayor said the plan would pay for itself within a decade.');
    const lookalike = 'Later, the mayor said the plan would pay for itself within a year.';
    rewrite(root, ARTICLE.replace(`<p>${P3}</p>`, '').replace(`<p>${P4}</p>`, `<p>${P4}</p><p>${lookalike}</p>`));
    expect(anchor(root, selectors).status).toBe('orphaned');
  });

  it('tells a repeated phrase apart by its context', () => {
    // "the plan" occurs twice in the same paragraph; the second one is highlighted.
    const { root, selectors, before } = highlight('the plan', 1);
    rewrite(root, ARTICLE.replace('<h1>', '<p>Sponsored content.</p><h1>'));
    const found = anchoredText(root, selectors);
    expect(found.text).toBe('the plan');
    expect(found.before.endsWith('The mayor said ')).toBe(true);
    expect(found.before.length).toBeGreaterThan(before.length);
  });

  it('is orphaned when a repeated phrase lost its context and cannot be told apart', () => {
    const { root, selectors } = highlight('the plan', 1);
    rewrite(root, '<p>At first the plan was popular.</p><p>Then the plan was dropped.</p>');
    expect(anchor(root, selectors).status).toBe('orphaned');
  });

  it('is orphaned when there is no quote to check', () => {
    const { root, selectors } = highlight('public pool');
    expect(anchor(root, selectors.filter((s) => s.type !== 'TextQuoteSelector')).status).toBe('orphaned');
  });

  it('ignores text inside scripts (JSON-LD repeating the article)', () => {
    const { root, selectors } = highlight('Critics said the plan was too expensive.');
    rewrite(root, `<script type="application/ld+json">{"articleBody": "${P3}"}</script>` + ARTICLE.replace(`<p>${P3}</p>`, ''));
    expect(anchor(root, selectors).status).toBe('orphaned');
  });

  it('is orphaned when its paragraph is gone and the same words stand mid-paragraph elsewhere with other words before them', () => {
    const course = (lead: string) => `<p>${lead} a Certificate of Completion and a portfolio. What you will learn:</p>`;
    const html = `<article>${course('By the end, you will walk away with')}<p>${P1}</p>${course('Same as the graphic design course, you get')}</article>`;
    const { root } = page(html);
    const selectors = describe(root, rangeOf(root, 'Certificate of Completion', 1));
    rewrite(root, html.replace(course('Same as the graphic design course, you get'), ''));
    expect(anchor(root, selectors).status).toBe('orphaned');
  });

  it('still finds a quote at the start of a paragraph when an ad was inserted right before it', () => {
    const { root, selectors } = highlight('Critics said the plan');
    rewrite(root, ARTICLE.replace(`<p>${P3}</p>`, `<div class="ad"><span>Sponsored</span><p>Buy a boat today and sail away.</p></div><p>${P3}</p>`));
    expect(anchoredText(root, selectors).text).toBe('Critics said the plan');
  });

  it('is orphaned when a one-word quote was cut out, though the same letters stand right next to the cut', () => {
    const sentence = 'The council said it was a big decision for the town and for the people who live by the river.';
    const { root, doc } = page(`<p>${P1}</p><p>${sentence}</p><p>${P4}</p>`);
    const text = root.querySelectorAll('p')[1]!.firstChild as Text;
    const range = doc.createRange();
    range.setStart(text, sentence.indexOf(' a ') + 1);
    range.setEnd(text, sentence.indexOf(' a ') + 2);
    const selectors = describe(root, range);
    text.data = sentence.replace(' a ', ' ');
    expect(anchor(root, selectors).status).toBe('orphaned');
  });

  it('never takes an edited match whose numbers differ (the same specification line of another product)', () => {
    const spec = (range: string) => `<li>Size: 7 x 7.7 inches | Temperature range: ${range} degrees | Weight: 2 pounds</li>`;
    const html = `<h2>Specifications</h2><ul>${spec('104–212')}${spec('170–212')}${spec('104–212')}${spec('104–212')}</ul><p>${P4}</p>`;
    const { root } = page(html);
    const selectors = describe(root, rangeOf(root, '7.7 inches | Temperature range: 170–212 degrees'));
    // The second product is gone; the third has the same line, with its own numbers, in the very same context.
    rewrite(root, html.replace(spec('170–212'), ''));
    expect(anchor(root, selectors).status).toBe('orphaned');
  });

  it('ignores text inside form controls (a "republish" box holding the article as HTML)', () => {
    const { root, selectors } = highlight('the plan was too expensive');
    const republish = `<textarea readonly>&lt;p&gt;${P2}&lt;/p&gt;&lt;p&gt;${P3}&lt;/p&gt;</textarea>`;
    rewrite(root, ARTICLE.replace(`<p>${P3}</p>`, '') + republish);
    expect(anchor(root, selectors).status).toBe('orphaned');
  });
});

spec('anchor at the edges of a quote', () => {
  it('gives back a space the selection took at its end', () => {
    const { root } = page('<p>One two three four five six seven eight nine ten eleven twelve.</p><p>Thirteen fourteen fifteen.</p>');
    const selectors = describe(root, rangeOf(root, 'four five six '));
    const result = anchor(root, selectors);
    expect(result.status === 'anchored' && result.range.toString()).toBe('four five six ');
  });

  it('takes back an invisible joiner the quote began with, across whitespace the page added', () => {
    const { root } = page('<p>Alpha beta gamma delta epsilon.</p><p>\u200dZeta eta theta iota kappa lambda mu.</p>');
    const selectors = describe(root, rangeOf(root, '\u200dZeta eta theta'));
    rewrite(root, '<p>Alpha beta gamma delta epsilon.</p><p>\u200d\n   Zeta eta theta iota kappa lambda mu.</p>');
    const result = anchor(root, selectors);
    expect(result.status === 'anchored' && result.range.toString()).toBe('\u200d\n   Zeta eta theta');
  });
});

spec('anchor when a short passage is cut out', () => {
  it('is orphaned, even where the neighbouring letters spell something close to the quote', () => {
    const { root } = page('<p>Residents of the northern district met at noon to plan the festival for next year.</p>');
    const selectors = describe(root, rangeOf(root, 'the'));
    rewrite(root, '<p>Residents of  northern district met at noon to plan the festival for next year.</p>');
    expect(anchor(root, selectors).status).toBe('orphaned');
  });
});

spec('anchor after a typo at the very end of a short quote', () => {
  const text = '<p>Welcome to our new web siet where you will find the latest news from the city.</p>';
  const fixed = '<p>Welcome to our new web site where you will find the latest news from the city.</p>';

  it('never returns a passage cut short', () => {
    const { root } = page(text);
    const selectors = describe(root, rangeOf(root, 'siet'));
    rewrite(root, fixed);
    const result = anchor(root, selectors);
    if (result.status === 'anchored') expect(result.range.toString()).toBe('site');
  });

  it('finds the whole fixed word when the quote is long enough to take the fix', () => {
    const { root } = page(text);
    const selectors = describe(root, rangeOf(root, 'new web siet'));
    rewrite(root, fixed);
    const result = anchor(root, selectors);
    expect(result.status === 'anchored' && result.range.toString()).toBe('new web site');
  });
});
