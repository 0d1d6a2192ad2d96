import { describe, expect, it } from 'vitest';
import { ARTICLE_WEIGHTS, articleVotes, countMemberLinks, decideIsArticle, isFileAddress, slugWords, type ArticleEvidence } from '../../../src/article/is-article';
import type { JsonLd } from '../../../src/article/json-ld';
import { collectHints } from '../../../src/article/markup-hints';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

const NO_LD: JsonLd = { article: null, types: [], byId: new Map(), webPage: null };

/** A page of ordinary length and ordinary furniture (menus of links and list items, a search box, a story that is most
 * of the page's text) with no metadata: on the fence, so what a test adds decides. */
function evidence(over: Partial<ArticleEvidence>): ArticleEvidence {
  return {
    meta: new Map(), ld: NO_LD, url: 'https://www.example.com/some-page', hasDate: false, hasAuthor: false,
    storyWords: 600, paragraphs: 8, times: 0, bylines: 0, code: 0, buttons: 0, memberLinks: 0,
    links: 150, h1s: 1, fields: 3, images: 2, linkShare: 0.25, storyShare: 0.6, storyLinkShare: 0.03, storyHeadings: 2, ...over,
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

  it('takes a home page reached with tracking parameters for the home page', () => {
    const base = { hasDate: true, hasAuthor: true };
    const tracked = evidence({ ...base, url: 'https://www.example.com/?srsltid=AfmBOoq&utm_source=x' });
    expect(decideIsArticle(tracked)).toBe(false);
    expect(articleVotes(tracked)).toBe(articleVotes(evidence({ ...base, url: 'https://www.example.com/' })));
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

  it('takes a page served as a file (".html") with neither date nor author for a generated page, and a dated or signed one for a story', () => {
    // Long paragraphs that are most of the page and a modified time: an article at a clean address, on the fence as a file.
    const base = { storyWords: 700, paragraphs: 10, storyShare: 0.9, linkShare: 0.1, links: 60, storyLinkShare: 0, hasModified: true };
    const file = 'https://www.example.com/manual/configure-the-network-interface.html';
    expect(decideIsArticle(evidence({ ...base, url: file }))).toBe(false);
    expect(decideIsArticle(evidence({ ...base, url: file.replace(/\.html$/, '') }))).toBe(true);
    expect(decideIsArticle(evidence({ ...base, url: file, hasDate: true, publishedTime: '2024-05-02' }))).toBe(true);
    expect(decideIsArticle(evidence({ ...base, url: file, hasAuthor: true }))).toBe(true);
  });

  it('takes a page of one-line blurbs under many headings, beside a quote form, for a service page, and the same words in long paragraphs for a story', () => {
    const base = { hasAuthor: true, url: 'https://www.example.com/small-firms', storyWords: 600 };
    expect(decideIsArticle(evidence({ ...base, paragraphs: 40, storyHeadings: 20, fields: 10 }))).toBe(false);
    expect(decideIsArticle(evidence({ ...base, paragraphs: 12, storyHeadings: 2 }))).toBe(true);
  });

  it('calls a long first post with many posters\u2019 profile links a forum thread', () => {
    // A dated page of many dated posts whose first post is long enough to pass for a story.
    // The author of a thread is often not found (its posts are signed, not its page); a found one would add dateAndAuthor.
    const thread = { hasDate: true, hasAuthor: false, storyWords: 1600, paragraphs: 40, times: 8 };
    expect(decideIsArticle(evidence(thread))).toBe(true);
    expect(decideIsArticle(evidence({ ...thread, memberLinks: 11 }))).toBe(false);
  });
});

describe('decideIsArticle on declared types and page shape', () => {
  // Long text under an address named after a headline, and no metadata: enough for an article on its own.
  const long = { storyWords: 1200, paragraphs: 14, url: 'https://www.example.com/how-to-plan-a-small-kitchen-garden' };

  it('takes FAQ markup without an Article for a landing page, and beside a BlogPosting for a post with an FAQ', () => {
    const ld = (types: string[]): JsonLd => ({ ...NO_LD, types });
    expect(decideIsArticle(evidence(long))).toBe(true);
    expect(decideIsArticle(evidence({ ...long, ld: ld(['WebSite', 'FAQPage', 'Question', 'Answer']) }))).toBe(false);
    // Microdata FAQ types count as FAQ markup (with no JSON-LD beside them, they alone no longer outweigh this long text).
    expect(articleVotes(evidence({ ...long, itemTypes: ['Question', 'Answer'] }))).toBeCloseTo(articleVotes(evidence(long)) + ARTICLE_WEIGHTS['faqMarkup']!, 5);
    expect(decideIsArticle(evidence({ ...long, ld: ld(['BlogPosting', 'FAQPage', 'Question']) }))).toBe(true);
  });

  it('calls a page of many dated posts that are also many signed posts a thread', () => {
    // The author of a thread is often not found (its posts are signed, not its page); a found one would add dateAndAuthor.
    const thread = { hasDate: true, hasAuthor: false, storyWords: 1600, paragraphs: 40, times: 8 };
    expect(decideIsArticle(evidence({ ...thread, bylines: 2 }))).toBe(true);
    expect(decideIsArticle(evidence({ ...thread, bylines: 8 }))).toBe(false);
    // With its author found, the posts' own blocks (post-blocks.ts) tell the thread.
    expect(decideIsArticle(evidence({ ...thread, hasAuthor: true, bylines: 8, postBlocks: 8 }))).toBe(false);
  });

  it('takes a story whose own text is mostly links for a hub of link lists', () => {
    const bare = { storyWords: 400, paragraphs: 8, url: 'https://www.example.com/10-easy-steps-for-a-great-interior-design/' };
    expect(decideIsArticle(evidence({ ...bare, storyLinkShare: 0.05 }))).toBe(true);
    expect(decideIsArticle(evidence({ ...bare, storyLinkShare: 0.6 }))).toBe(false);
  });

  it('leans less towards an article as menus of links outweigh the story', () => {
    const items = (n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/section-${i}">Section number ${i} of the site</a></li>`).join('');
    const at = (n: number): number => {
      let votes = NaN;
      detectArticle(page(`<body><nav><ul>${items(n)}</ul></nav><article><h1>Council approves budget</h1>${storyParagraphs(8)}</article></body>`, 'https://www.example.com/council-approves-the-new-budget'), { onEvidence: (e) => (votes = articleVotes(e)) });
      return votes;
    };
    expect(at(100)).toBeLessThan(at(8));
  });

  it('reaches the decision from detectArticle: a story under its headline is an article, a page of teasers linking elsewhere is not', () => {
    const teasers = Array.from({ length: 20 }, (_, i) => `<article><h2><a href="/news/story-number-${i}">Headline of story number ${i} in the paper</a></h2><p>A short blurb of story ${i}, with a few words about what happened in the town this week and why it matters.</p></article>`).join('');
    expect(detectArticle(page(`<body><main><h1>Latest news</h1>${teasers}</main></body>`, 'https://www.example.com/news/')).isArticle).toBe(false);
    const story = page(`<body><main><article><h1>Council approves budget</h1>${storyParagraphs(8)}</article></main></body>`, 'https://www.example.com/news/council-approves-the-new-budget');
    expect(detectArticle(story).isArticle).toBe(true);
  });
});

describe('decideIsArticle on whole kinds of page', () => {
  it('takes a post with article markup, a date, an author and a story for an article', () => {
    const post = evidence({
      meta: new Map([['og:type', ['article']]]), ld: { ...NO_LD, types: ['BlogPosting', 'WebSite'] }, hasDate: true, hasAuthor: true,
      url: 'https://www.example.com/blog/why-the-river-floods-every-spring', storyWords: 900, paragraphs: 12, title: 'Why the river floods every spring',
    });
    expect(decideIsArticle(post)).toBe(true);
  });

  it('does not take a product page for an article: product markup, a shop path, prices, buttons and a short description', () => {
    const product = evidence({
      meta: new Map([['og:type', ['product']]]), ld: { ...NO_LD, types: ['Product', 'Offer', 'BreadcrumbList'] },
      url: 'https://www.example.com/products/blue-garden-chair', storyWords: 180, paragraphs: 4, buttons: 25, fields: 8,
      storyText: 'Blue garden chair. Now $49.99, was $59.99. Weatherproof frame, folds flat.',
    });
    expect(decideIsArticle(product)).toBe(false);
  });

  it('does not take a forum thread for an article, long as its first post is', () => {
    const thread = evidence({
      url: 'https://forum.example.org/threads/my-old-boat-engine-will-not-start.12345/', hasDate: true, hasAuthor: true,
      storyWords: 1500, paragraphs: 30, times: 14, bylines: 14, memberLinks: 28,
    });
    expect(decideIsArticle(thread)).toBe(false);
  });

  it('does not take a listing of teasers for an article, though each teaser is dated and signed', () => {
    const listing = evidence({
      url: 'https://www.example.com/category/local-news/', storyWords: 400, paragraphs: 20, storyLinkShare: 0.5, articles: 20, times: 20, bylines: 20,
    });
    expect(decideIsArticle(listing)).toBe(false);
  });

  it('does not take a reference page on a docs host for an article', () => {
    expect(decideIsArticle(evidence({ url: 'https://docs.example.org/reference/string-functions', code: 60, storyWords: 2000, paragraphs: 30 }))).toBe(false);
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

  it('counts form fields and <article> elements for the decision', () => {
    const doc = page(`<body><form><input name="q"><select><option>a</option></select><textarea></textarea><button>Go</button></form>
      <ul><li>one</li><li>two</li></ul><article>a</article><article>b</article></body>`);
    const tags = collectHints(doc).tags!;
    expect([tags.fields, tags.articles, tags.buttons]).toEqual([3, 2, 1]);
  });
});

describe('isFileAddress', () => {
  it('reads a file extension on the last segment only, the query aside', () => {
    expect(isFileAddress('/docs/install.html?utm_source=x')).toBe(true);
    expect(isFileAddress('/forum/showthread.php')).toBe(true);
    expect(isFileAddress('/en-us/products/Default.aspx')).toBe(true);
    expect(isFileAddress('/2024/05/02/council-approves-budget')).toBe(false);
    expect(isFileAddress('/pages.html/about')).toBe(false);
    expect(isFileAddress('/')).toBe(false);
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
