import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { articleFeatures, type ArticleEvidence } from '../../../src/article/is-article';
import { page, storyParagraphs } from './helpers';

/** A post as forum software without profile links prints it: the poster's name in a span, the date as text, the message. */
function post(i: number, cls = 'post'): string {
  return `<div class="${cls}"><div class="post-head"><span class="username">poster${i}</span> <span>Mar ${i + 1}, 2024</span></div>
    <div class="message"><p>Reply ${i}: I had the same problem with my tank last summer, and changing a third of the water every week fixed it for good, so try that first.</p></div></div>`;
}

function evidenceOf(doc: Document): ArticleEvidence {
  let evidence: ArticleEvidence | null = null;
  detectArticle(doc, { url: doc.URL, onEvidence: (e) => (evidence = e) });
  return evidence!;
}

describe('post blocks (a thread told by its repeated dated, signed posts)', () => {
  it('counts the posts of a thread whose posters have no profile links', () => {
    const doc = page(`<body><main><h1>What to look for before buying new fish</h1><div class="thread">${[0, 1, 2, 3, 4, 5].map((i) => post(i)).join('')}</div></main></body>`,
      'https://www.example.com/groups/fish/what-to-look-for-before-buying-new-fish-t17351.html');
    const e = evidenceOf(doc);
    expect(e.postBlocks).toBe(6);
    expect(articleFeatures(e)['manyPosts']).toBe(1);
  });

  it('reads posts\' dates in the languages the detector knows months in', () => {
    const dates = ['3. März 2024', '15 de marzo de 2024', '3 квітня 2025', 'Beitrag 2 von 5 · 4. April 2024', 'Antwort 12 Mar 2024', 'Mai 9, 2024'];
    const thread = dates.map((d, i) => post(i).replace(`Mar ${i + 1}, 2024`, d)).join('');
    const doc = page(`<body><main><h1>Welche Fische vertragen sich?</h1><div class="thread">${thread}</div></main></body>`, 'https://forum.example.de/t/fische-17351');
    expect(evidenceOf(doc).postBlocks).toBe(6);
    // A number beside a word that is no month is not a date stamp.
    const undated = [0, 1, 2, 3, 4, 5].map((i) => post(i).replace(`Mar ${i + 1}, 2024`, `Beitrag ${i + 1}`)).join('');
    expect(evidenceOf(page(`<body><main><h1>Welche Fische vertragen sich?</h1><div class="thread">${undated}</div></main></body>`)).postBlocks).toBeLessThan(5);
  });

  it('does not count an article\'s comments, which sit beside the story', () => {
    const doc = page(`<body><article><h1>Council approves budget</h1><p class="byline">By <span class="author">Jane Roe</span>, Mar 2, 2024</p>${storyParagraphs(8)}</article>
      <section class="comments">${[0, 1, 2, 3, 4, 5].map((i) => post(i, 'comment')).join('')}</section></body>`);
    const e = evidenceOf(doc);
    expect(e.postBlocks).toBeLessThan(5);
    expect(articleFeatures(e)['manyPosts']).toBe(0);
  });
});
