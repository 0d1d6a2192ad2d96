// A highlight over a whole article: found again unchanged or moved, and refused (not searched for at length)
// once its text was edited, since approximate search costs grow with the square of the quote's length.
import { describe as spec, it, expect, vi } from 'vitest';
import { anchor, describe } from '../../../src/anchoring/index';
import { MAX_FUZZY_QUOTE_CHARS } from '../../../src/anchoring/match-quote';
import { page, rewrite, placeOf } from './helpers';

vi.setConfig({ testTimeout: 60_000 });

const WORDS = 'river ferry council harbour bridge tide crossing morning evening timetable passenger engine'.split(' ');
/** Paragraphs of varied words, numbered so that no two are alike. */
const paragraphs = Array.from({ length: 80 }, (_, i) =>
  `Paragraph ${i + 1}: ` + Array.from({ length: 14 }, (_, j) => WORDS[(i * 7 + j * 5) % WORDS.length]).join(' ') + '.');
const STORY = `<article><h1>The ferry</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

function wholeStory() {
  const { doc, root } = page(`<nav>Home · World · Local</nav>${STORY}<footer>Contact us</footer>`);
  const range = doc.createRange();
  const ps = root.querySelectorAll('article p');
  range.setStart(ps[0]!.firstChild!, 0);
  range.setEnd(ps[ps.length - 1]!.firstChild!, paragraphs.at(-1)!.length);
  return { root, range, selectors: describe(root, range), text: range.toString() };
}

spec('a highlight over a whole article', () => {
  it('is longer than approximate search takes', () => {
    expect(wholeStory().text.replace(/\s/g, '').length).toBeGreaterThan(MAX_FUZZY_QUOTE_CHARS);
  });

  it('is placed exactly on the unchanged page, and after an ad was inserted above it', () => {
    const { root, selectors, text } = wholeStory();
    const same = anchor(root, selectors);
    expect(same).toMatchObject({ status: 'anchored', quality: 'exact' });
    rewrite(root, `<div class="ad">Advertisement</div><nav>Home · World · Local</nav>${STORY}<footer>Contact us</footer>`);
    const moved = anchor(root, selectors);
    expect(moved.status).toBe('anchored');
    if (moved.status === 'anchored') expect(placeOf(root, moved.range).text).toBe(text);
  });

  it('is orphaned, with its reason, once a word inside it was edited', () => {
    const { root, selectors } = wholeStory();
    rewrite(root, `<nav>Home · World · Local</nav>${STORY.replace('Paragraph 40: ', 'Paragraph 40 (updated): ')}<footer>Contact us</footer>`);
    expect(anchor(root, selectors)).toEqual({ status: 'orphaned', reason: 'the passage is too long to look for once it was edited' });
  });
});
