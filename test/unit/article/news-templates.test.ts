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

  it('naming the writer\'s desk after the name names the writer alone', () => {
    expect(cleanAuthors(['Jane Doe, Patch Staff'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Jane Doe and the Ledger News Desk'])).toEqual(['Jane Doe']);
    // A desk alone, or first, is still the byline (findAuthors then looks for a person in the story).
    expect(cleanAuthors(['Ledger Staff'])).toEqual(['Ledger Staff']);
  });
});
