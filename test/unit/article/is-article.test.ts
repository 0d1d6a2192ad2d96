import { describe, expect, it } from 'vitest';
import { countMemberLinks, decideIsArticle, slugWords, type ArticleEvidence } from '../../../src/article/is-article';
import type { JsonLd } from '../../../src/article/json-ld';
import { collectHints } from '../../../src/article/markup-hints';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

const NO_LD: JsonLd = { article: null, types: [], byId: new Map(), webPage: null };

/** A page of ordinary length with nothing that votes either way unless a test adds it. */
function evidence(over: Partial<ArticleEvidence>): ArticleEvidence {
  return {
    meta: new Map(), ld: NO_LD, url: 'https://www.example.com/some-page', hasDate: false, hasAuthor: false,
    storyWords: 600, paragraphs: 8, times: 0, bylines: 0, code: 0, buttons: 0, memberLinks: 0, ...over,
  };
}

/** What an SEO plugin writes on every page: a WebPage node with its dates, and og:type=article. */
function pluginPage(extraTypes: string[] = []): Partial<ArticleEvidence> {
  const webPage = { '@type': 'WebPage', datePublished: '2024-10-31T02:51:14+00:00' };
  return {
    meta: new Map([['og:type', ['article']]]),
    ld: { article: null, types: ['WebPage', 'WebSite', 'BreadcrumbList', ...extraTypes], byId: new Map(), webPage },
    hasDate: true,
    publishedTime: '2024-10-31T02:51:14+00:00',
  };
}

describe('decideIsArticle', () => {
  it('does not take og:type=article and the WebPage date that a plugin puts on every page for an article', () => {
    expect(decideIsArticle(evidence(pluginPage()))).toBe(false);
  });

  it('still counts the same signals when the graph names the page an Article', () => {
    expect(decideIsArticle(evidence(pluginPage(['Article'])))).toBe(true);
  });

  it('counts a date other than the WebPage stamp, such as the one shown under the headline', () => {
    expect(decideIsArticle(evidence({ ...pluginPage(), publishedTime: '2024-11-02', hasAuthor: true }))).toBe(true);
  });

  it('takes a story path on a developers. subdomain for a story, and a docs path there for docs', () => {
    const base = { hasDate: true, hasAuthor: true };
    expect(decideIsArticle(evidence({ ...base, url: 'https://developers.example.org/story/25/12/19/236259/grads-find-jobs' }))).toBe(true);
    expect(decideIsArticle(evidence({ ...base, url: 'https://developers.example.org/guides/quick-start' }))).toBe(false);
  });

  it('lets a technical blog post quote much code, but not a page of reference', () => {
    const base = { hasDate: true, hasAuthor: true, code: 44 };
    expect(decideIsArticle(evidence({ ...base, url: 'https://www.example.com/posts/what-is-git' }))).toBe(true);
    expect(decideIsArticle(evidence({ ...base, url: 'https://www.example.com/library/string-functions' }))).toBe(false);
  });

  it('takes a home page reached with tracking parameters for the home page, and a post named by its query for a post', () => {
    const base = { hasDate: true, hasAuthor: true };
    expect(decideIsArticle(evidence({ ...base, url: 'https://www.example.com/?srsltid=AfmBOoq&utm_source=x' }))).toBe(false);
    expect(decideIsArticle(evidence({ ...base, url: 'https://blog.example.com/?p=123' }))).toBe(true);
  });

  it('takes a plugin page graph beside article:published_time for a post, since plugins write that time for posts only', () => {
    const post = pluginPage();
    post.meta = new Map([['og:type', ['article']], ['article:published_time', ['2024-10-31T02:51:14+00:00']]]);
    expect(decideIsArticle(evidence(pluginPage()))).toBe(false);
    expect(decideIsArticle(evidence(post))).toBe(true);
  });

  it('counts an address named after a headline for a story, and not a one-word section or service', () => {
    // No metadata at all: only the text and the address speak.
    const bare = { storyWords: 400, paragraphs: 8 };
    expect(decideIsArticle(evidence({ ...bare, url: 'https://www.example.com/10-easy-steps-for-a-great-interior-design/' }))).toBe(true);
    expect(decideIsArticle(evidence({ ...bare, url: 'https://www.example.com/accounting/' }))).toBe(false);
  });

  it('takes a page of one-line blurbs under headings for a service page, and the same words in long paragraphs for a story', () => {
    const base = { hasAuthor: true, url: 'https://www.example.com/small-firms', storyWords: 600 };
    expect(decideIsArticle(evidence({ ...base, paragraphs: 40 }))).toBe(false);
    expect(decideIsArticle(evidence({ ...base, paragraphs: 12 }))).toBe(true);
  });

  it('calls a long first post with many posters\u2019 profile links a forum thread', () => {
    // A dated page of many dated posts whose first post is long enough to pass for a story.
    const thread = { hasDate: true, hasAuthor: true, storyWords: 1600, paragraphs: 40, times: 8 };
    expect(decideIsArticle(evidence(thread))).toBe(true);
    expect(decideIsArticle(evidence({ ...thread, memberLinks: 11 }))).toBe(false);
  });
});

describe('decideIsArticle on declared types and page shape', () => {
  // Long text and nothing else: enough for an article on its own.
  const long = { storyWords: 1200, paragraphs: 14 };

  it('takes FAQ markup without an Article for a landing page, and beside a BlogPosting for a post with an FAQ', () => {
    const ld = (types: string[]): JsonLd => ({ ...NO_LD, types });
    expect(decideIsArticle(evidence(long))).toBe(true);
    expect(decideIsArticle(evidence({ ...long, ld: ld(['WebSite', 'FAQPage', 'Question', 'Answer']) }))).toBe(false);
    expect(decideIsArticle(evidence({ ...long, itemTypes: ['Question', 'Answer'] }))).toBe(false);
    expect(decideIsArticle(evidence({ ...long, ld: ld(['BlogPosting', 'FAQPage', 'Question']) }))).toBe(true);
  });

  it('calls a page of many dated posts that are also many signed posts a thread', () => {
    const thread = { hasDate: true, hasAuthor: true, storyWords: 1600, paragraphs: 40, times: 8 };
    expect(decideIsArticle(evidence({ ...thread, bylines: 2 }))).toBe(true);
    expect(decideIsArticle(evidence({ ...thread, bylines: 8 }))).toBe(false);
  });

  it('takes a page whose text is mostly links for a hub of link lists', () => {
    const bare = { storyWords: 400, paragraphs: 8, url: 'https://www.example.com/10-easy-steps-for-a-great-interior-design/' };
    expect(decideIsArticle(evidence({ ...bare, linkShare: 0.15 }))).toBe(true);
    expect(decideIsArticle(evidence({ ...bare, linkShare: 0.55 }))).toBe(false);
  });

  it('measures the link share over the page\'s visible text: the same text is a story under a menu, not under link lists that outweigh it', () => {
    const items = (n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/section-${i}">Section number ${i} of the site</a></li>`).join('');
    const at = (n: number): Document => page(`<body><nav><ul>${items(n)}</ul></nav><article><h1>Council approves budget</h1>${storyParagraphs(8)}</article></body>`, 'https://www.example.com/council-approves-the-new-budget');
    expect(detectArticle(at(8)).isArticle).toBe(true);
    expect(detectArticle(at(100)).isArticle).toBe(false);
  });
});

describe('collectHints', () => {
  it('names the microdata item types by the last segment of each itemtype URL, on items only', () => {
    const doc = page(`<body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">
      <span itemprop="author" itemscope itemtype="http://schema.org/Person">Jane</span></div>
      <div itemscope itemtype="https://schema.org/Question https://schema.org/Thing/">Q</div>
      <section itemtype="http://schema.org/Article">a template's itemtype without itemscope declares no item</section></body>`);
    expect(collectHints(doc).itemTypes).toEqual(['DiscussionForumPosting', 'Person', 'Question', 'Thing']);
  });
});

describe('slugWords', () => {
  it('counts the words of the last path segment, without its query or file extension', () => {
    expect(slugWords('/blog/tips-for-online-success.php?utm_source=x')).toBe(4);
    expect(slugWords('/movers/jackson_nj/')).toBe(2);
    expect(slugWords('/')).toBe(0);
  });
});

describe('countMemberLinks', () => {
  it('counts links to member profiles and not other links', () => {
    const doc = page(`<body>
      <a href="/members/jane.1234/">jane</a> <a href="https://forum.example.org/u/sam">sam</a>
      <a href="/users/42/ann">ann</a> <a href="/member.php?u=77">bo</a> <a href="/profile/kim">kim</a>
      <a href="/news/members-vote-on-budget">story</a> <a href="/users">all users</a> <a href="/about">about</a></body>`);
    expect(countMemberLinks(doc)).toBe(5);
  });
});
