// News sites' byline blocks that set the writer's name beside other lines: the outlet's name, a role, a bio, the desk.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story whose header holds `byline` under its headline; the site declares its name, The Daily Ledger. */
function story(byline: string): Document {
  return page(`<!doctype html><html lang="en"><head><meta property="og:site_name" content="The Daily Ledger"></head><body><article><h1>Council approves the new budget</h1>${byline}<div class="story">${storyParagraphs(6)}</div></article></body></html>`);
}

describe('a byline block', () => {
  it('with the outlet\'s name between the writer\'s and the date names the writer', () => {
    const block = '<div class="by"><a href="/staff/2648/jane-doe/">Jane Doe</a><div>The Daily Ledger</div></div><div class="dt">Published 10:00 a.m. ET March 12, 2025 | Updated 2:30 p.m. ET March 13, 2025</div>';
    expect(detectArticle(story(block)).authors).toEqual(['Jane Doe']);
  });

  it('with a role label under the name does not take the bio after it for a byline', () => {
    const block = '<div class="author"><a href="/sites/janedoe/">Jane Doe</a><div>Contributor</div></div><div class="tooltip"><p>Jane Doe covers city budgets and public finance.</p></div><time>Mar 12, 2025, 10:00am EDT</time>';
    expect(detectArticle(story(block)).authors).toEqual(['Jane Doe']);
  });

  it('naming the writer\'s staff after the name names the writer alone', () => {
    expect(cleanAuthors(['Jane Doe, Patch Staff'])).toEqual(['Jane Doe']);
    // A team or a newsroom named beside the writer is credited with them.
    expect(cleanAuthors(['Jane Doe | The Texas Newsroom'])).toEqual(['Jane Doe', 'The Texas Newsroom']);
    // A desk alone, or first, is still the byline (findAuthors then looks for a person in the story).
    expect(cleanAuthors(['Ledger Staff'])).toEqual(['Ledger Staff']);
  });
});

describe('a newsroom role run on after the name', () => {
  it('is cut with its field, after a name of two words', () => {
    expect(cleanAuthors(['By Laura Finch Personal Finance Correspondent'])).toEqual(['Laura Finch']);
    expect(detectArticle(story('<div class="meta"><span class="author">By Laura Finch</span><span class="role">Personal Finance Correspondent</span><time datetime="2025-03-12">12 March 2025</time></div>')).authors).toEqual(['Laura Finch']);
  });

  it('leaves a family name that is a role word', () => {
    expect(cleanAuthors(['By Jane Writer'])).toEqual(['Jane Writer']);
    expect(cleanAuthors(['By Anna Maria Editor'])).toEqual(['Anna Maria Editor']);
  });
});
