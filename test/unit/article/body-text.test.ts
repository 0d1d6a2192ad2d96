import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { articleVotes } from '../../../src/article/is-article';
import { page, storyParagraphs } from './helpers';

const story = (inside: string, after = ''): Document =>
  page(`<!doctype html><html><body><main><article><h1>Council approves budget</h1><div class="entry-content">${storyParagraphs(4)}${inside}${storyParagraphs(3, 'the board')}</div>${after}</article></main></body></html>`);

describe('the body text', () => {
  it('keeps the numbers of an ordered list, from its start attribute', () => {
    const d = detectArticle(story('<ol start="3"><li>Relevant experience in the sector</li><li>A broad range of services on offer</li></ol>'));
    expect(d.text).toContain('3. Relevant experience in the sector\n\n4. A broad range of services on offer');
  });

  it('leaves out figure captions and forms inside the story', () => {
    const d = detectArticle(story('<figure><img src="a.jpg"><figcaption>MARKER The mayor at the meeting. Photo: Agency</figcaption></figure><form><label>MARKER Your email address for our daily briefing</label><input type="email"><button>Send</button></form>'));
    expect(d.text).not.toMatch(/MARKER/);
    expect(d.text).toContain('Paragraph 3: members of the board');
  });

  it('keeps a section whose heading only starts with a furniture word', () => {
    const d = detectArticle(story(`<h2>Popular models and comparisons</h2>${storyParagraphs(2, 'the committee')}`));
    expect(d.text).toContain('Popular models and comparisons');
    expect(d.text).toContain('Paragraph 2: members of the committee');
  });

  it('still ends the story at a heading that is only a furniture word', () => {
    const d = detectArticle(story('', `<div><h2>Popular posts</h2><p>MARKER A teaser for another story that the site wants you to read next.</p></div>`));
    expect(d.text).not.toMatch(/MARKER/);
  });

  it('leaves out a second copy of the story rendered for another screen size', () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="mobile">${storyParagraphs(5)}</div><div class="desktop">${storyParagraphs(5)}</div></article></body>`));
    expect(d.text.match(/Paragraph 3: members of the council/g)).toHaveLength(1);
    expect(d.text).toContain('Paragraph 5: members of the council');
  });

  it('leaves out a second copy of a story whose sections alternate short headings and paragraphs', () => {
    const sections = [1, 2, 3, 4].map((n) => `<h2>Section ${n}</h2>${storyParagraphs(1, `committee ${n}`)}`).join('');
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="mobile">${sections}</div><div class="desktop">${sections}</div></article></body>`));
    expect(d.text.match(/members of committee 3/g)).toHaveLength(1);
    expect(d.text.match(/Section 2/g)).toHaveLength(1);
    expect(d.text).toContain('Paragraph 1: members of committee 4');
  });

  it("keeps the comments of a code sample (a syntax highlighter's classes are not furniture)", () => {
    const d = detectArticle(story('<pre><code><span class="hljs-comment"># stage every modified and untracked file for the next commit</span>\ngit add -A\n<span class="token comment"># record the staged files with a message</span>\ngit commit -m "message"</code></pre>'));
    expect(d.text).toContain('# stage every modified and untracked file for the next commit');
    expect(d.text).toContain('# record the staged files with a message');
  });

  it('leaves out text hidden by a CSS framework\'s utility class, unless a variant class shows it or it is a folded accordion panel', () => {
    const d = detectArticle(story('<ul class="teaser-list hidden"><li>MARKER A teaser of another story kept in the page for a script to show later on.</li></ul><div class="d-none"><p>MARKER A second hidden block that no reader sees on any screen size.</p></div><p class="hidden md:block">Shown on wide screens: the committee will publish its minutes on Friday.</p><div class="accordion-body hidden"><p>Folded answer: the budget takes effect on the first of July.</p></div>'));
    expect(d.text).not.toMatch(/MARKER/);
    expect(d.text).toContain('Shown on wide screens');
    expect(d.text).toContain('Folded answer');
  });

  it("leaves out a photo's stock-agency credit line, and keeps a heading about the agency", () => {
    const d = detectArticle(story('<figure><img src="a.jpg"><div class="credit">Getty Images / Jane Doe</div></figure><p>Photo: Shutterstock</p><p>Image: © Jane Doe/Getty Images</p><p>Image used under license from Shutterstock.com</p><h2>Getty Images and the price of a photo</h2>'));
    expect(d.text).not.toMatch(/Jane Doe|Photo: Shutterstock|under license/);
    expect(d.text).toContain('Getty Images and the price of a photo');
  });

  it('keeps sentences a story repeats on purpose, one or two at a time', () => {
    const step = '<li>Warm up for ten minutes with easy jogging, then stretch the legs before the session.</li>';
    const d = detectArticle(story(`<h3>Monday</h3><ul>${step}<li>Run four intervals of five minutes at a steady pace.</li></ul><h3>Thursday</h3><ul>${step}<li>Run six hill sprints with a walk back down between them.</li></ul>`));
    expect(d.text.match(/Warm up for ten minutes/g)).toHaveLength(2);
  });

  it('ends the story at a "Sources" heading and leaves out caption toggles', () => {
    const d = detectArticle(story('<p>Show caption</p>', '<h2>Article Sources</h2><ul><li>MARKER Annual report of the council, 2024 edition, pages 10 to 14, as published online.</li></ul>'));
    expect(d.text).not.toMatch(/MARKER|Show caption/);
    expect(d.text).toContain('Paragraph 3: members of the board');
  });

  it('keeps the linked headings of a listicle and drops a linked "Related:" heading', () => {
    const item = (n: number, name: string): string => `<h2><a href="https://shop.example/${n}">${n}. ${name}</a></h2>${storyParagraphs(1, `the ${name} owners`)}`;
    const d = detectArticle(story(`${item(1, 'Cordless drill')}${item(2, 'Wire stripper')}<h3><a href="/2025/related">Related: How to choose a drill for MARKER projects</a></h3>`));
    expect(d.text).toContain('1. Cordless drill\n\nParagraph 1: members of the Cordless drill owners');
    expect(d.text).toContain('2. Wire stripper');
    expect(d.text).not.toMatch(/MARKER/);
  });

  it("leaves out other stories' teaser cards set inside the story as <article>s, and keeps the story's own <article> sections", () => {
    const card = (n: number): string => `<article class="card"><h3><a href="/2025/03/other-${n}">Another story number ${n}</a></h3><p>MARKER A one-sentence excerpt of the other story ${n}.</p></article>`;
    const section = '<article class="step"><h3>Step one</h3><p>Sit up straight at the desk, with the screen at arm’s length and the top edge of it at eye level, as the guide says.</p></article>';
    const d = detectArticle(story(`${section}<div class="grid">${card(1)}${card(2)}${card(3)}</div>`));
    expect(d.text).not.toMatch(/MARKER|Another story number/);
    expect(d.text).toContain('Sit up straight at the desk');
    expect(d.text).toContain('Paragraph 3: members of the board');
  });

  it('leaves out the datelines before the story and after it, and keeps a dated line inside it', () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content"><p>Tom Talbot October 14, 2025</p><p>Updated on 9 juillet 2025</p>${storyParagraphs(3)}<h3>Tuesday, March 3, 2025</h3>${storyParagraphs(3, 'the board')}<p>Posted by David at December 16, 2025 11:15 AM</p></div></article></body>`));
    expect(d.text).not.toMatch(/Talbot|juillet|Posted by/);
    expect(d.text).toContain('Tuesday, March 3, 2025');
    expect(d.text).toContain('Paragraph 3: members of the board');
  });

  it("leaves out the site's affiliate disclosure, and keeps a story's sentence about affiliates' commissions", () => {
    const d = detectArticle(story('<p>Affiliates earn a commission on each sale they refer, which is why the council asked how much its partners made last year.</p><p><em>This post contains affiliate links. If you buy through them, we may earn a small commission at no cost to you.</em></p>'));
    expect(d.text).not.toMatch(/This post contains/);
    expect(d.text).toContain('Affiliates earn a commission on each sale');
  });

  it('leaves out affiliate disclosures worded for many posts, in the third person or as a kickback, and keeps a sentence about commissions', () => {
    const d = detectArticle(story('<p>Note: Some posts may contain affiliate links.</p><p>All products featured are chosen by us. However, Example Sound may receive a commission on orders placed through its retail links.</p><p>(By using the links in this blog post you support the studio. We may get a small kick back by you doing so.)</p><p>Brokers earn a commission on sales they close, which is why the council asked how its partners were paid last year.</p>'));
    expect(d.text).not.toMatch(/Some posts|retail links|kick back/);
    expect(d.text).toContain('Brokers earn a commission');
  });

  it("leaves out publishing templates' lines: a feed's footer, a newsletter platform's heading, an author box's link, a mailing's web view and a republishing offer", () => {
    const d = detectArticle(story('<p>Is this email not displaying correctly? View it in your browser.</p><p>Discover more from The Council Letter</p><p>Latest posts by Jane Doe (see all)</p><p>Republish our articles for free, online or in print, under a Creative Commons license.</p><p>The post Council approves budget appeared first on Example News.</p><p>The council will discover more from the audit next year, the mayor said on Friday.</p>'));
    expect(d.text).not.toMatch(/displaying correctly|Discover more from The|Latest posts|Republish|appeared first/);
    expect(d.text).toContain('The council will discover more from the audit');
  });

  it('ends the story at a closing label that offers more of the site', () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content">${storyParagraphs(6)}<p>Learn more:</p><p>MARKER How the budget is made</p><p>MARKER The council's committees</p></div></article></body>`));
    expect(d.text).not.toMatch(/Learn more|MARKER/);
    expect(d.text).toContain('Paragraph 6: members of the council');
  });

  it('ends the story at a closing label that offers more reading', () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content">${storyParagraphs(6)}<p>If you liked this post you might also like:</p><p>MARKER Ten budgets that went wrong</p><p>MARKER The mayor in five votes</p></div></article></body>`));
    expect(d.text).not.toMatch(/you might also like|MARKER/);
    expect(d.text).toContain('Paragraph 6: members of the council');
  });

  it("leaves out a reading-time widget, a save-for-later prompt, a byline's lone label, a comment counter, shop buttons and a photo courtesy line", () => {
    const d = detectArticle(story('<p>Reading Time: 8 minutes</p><p>3 min. read</p><p>Pin this for later!</p><p>Reviewed by,</p><p>12 comments</p><p>Where to buy</p><p>Get It Now</p><p>Courtesy of the brand</p><p>Reading the budget took the members a week, and the vote was held on Friday, officials said.</p>'));
    expect(d.text).not.toMatch(/Reading Time|min\. read|Pin this|Reviewed by|comments|Where to buy|Get It Now|Courtesy/m);
    expect(d.text).toContain('Reading the budget took the members a week');
  });

  it("leaves out a newsletter's sign-up pitch, and keeps the story's sentence about a newsletter", () => {
    const d = detectArticle(story('<p>Want more council news? Sign up for our newsletter, The Briefing, and never miss a vote.</p><p>Love local politics? Our weekly roundup has it all, delivered right to your inbox.</p><p>The mayor’s office said its own newsletter, sent to 4,000 residents, had announced the budget vote a week before the meeting.</p>'));
    expect(d.text).not.toMatch(/Sign up for our newsletter|your inbox/);
    expect(d.text).toContain('its own newsletter, sent to 4,000 residents');
  });

  it("leaves out a widget's fallback and status text: a player's, a slideshow's, a picture viewer's, a sign-up form's, a recipe card's screen lock", () => {
    const d = detectArticle(story('<p>Your browser does not support the audio element.</p><p>This slideshow requires JavaScript.</p><p>Press enter or click to view image in full size</p><p>Thanks for signing up!</p><p>There was an issue with the form. Please try again.</p><p>Cook Mode</p><p>Add Example News as a preferred source on Google</p><p>Prevent your screen from going dark while you cook.</p><p>The audio element of the new hall was a browser for the council, which cooked up the budget in a slideshow.</p>'));
    expect(d.text).not.toMatch(/does not support|requires JavaScript|Press enter|signing up|issue with the form|Cook Mode|going dark|preferred source/);
    expect(d.text).toContain('The audio element of the new hall');
  });

  it('leaves out invitations to follow the writer or the site on social networks, and keeps a story\'s sentence about a network', () => {
    const d = detectArticle(story('<p>*** Follow me on Instagram, YouTube or Facebook for a daily moment of travel inspiration ***</p><p>[Want more tips? Let\'s hang out on Instagram!]</p><p>Stay connected:</p><p>Instagram: @councilwatch</p><p>The council will follow the mayor on Instagram and post its minutes on Facebook from next month, officials said.</p>'));
    expect(d.text).not.toMatch(/Follow me|hang out|Stay connected|@councilwatch/);
    expect(d.text).toContain('The council will follow the mayor on Instagram');
  });

  it("leaves out a plea for donations that closes the story, and keeps the story's own sentences about donating", () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content"><p>Residents donated food to support the shelter after the flood, and your donations can still reach it through the town hall, the mayor said.</p>${storyParagraphs(6)}<p>Our non-profit newsroom is free of charge. Your monthly donations play a crucial role in supporting our reporting.</p><p>If you've enjoyed this story, please support us by donating a small amount.</p></div></article></body>`));
    expect(d.text).not.toMatch(/non-profit newsroom|support us by donating/);
    expect(d.text).toContain('Residents donated food to support the shelter');
  });

  it("leaves out a caption set as a paragraph with its picture credit, and a plugin's unrendered shortcode; keeps a sentence about a photo", () => {
    const d = detectArticle(story('<p>The mayor at the council meeting on Tuesday. Picture: Getty</p><p>A portrait of the treasurer in 2004 (Photo credit: City Archive)</p><p>The old town hall seen from the river at dawn. Photo by: \'Jane Doe\'.</p><p>[adthrive-in-post-video-player video-id="x1" name="Council budget"]</p><p>[rt_reading_time] min read</p><p>The photo of the mayor, taken by a resident, was shared widely after the vote, officials said.</p>'));
    expect(d.text).not.toMatch(/Picture: Getty|Photo credit|Photo by|adthrive|rt_reading_time/);
    expect(d.text).toContain('The photo of the mayor, taken by a resident');
  });

  it("leaves out the lines of the story's tags and sections at its edges, and keeps such a label inside it", () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content"><p>Category: Local politics</p>${storyParagraphs(3)}<p>Category: Electric scooter</p>${storyParagraphs(3, 'the board')}<p>Tags: Budget, City hall, Council</p></div></article></body>`));
    expect(d.text).not.toMatch(/Local politics|Tags:/);
    expect(d.text).toContain('Category: Electric scooter');
  });

  it("keeps the writer's sentence that is mostly a link, and still leaves out a teaser's title and a shop's button", () => {
    const d = detectArticle(story('<p><a href="/reviews/acme-x2">Read our full review of the Acme X2.</a></p><p>For more detail, see <a href="/guides/budgets">our guide to reading a city budget</a>.</p><p><a href="/other-story">Ten things to know about the new budget</a></p><p><a href="https://shop.example/acme">Shop Acme @ Example Store.</a></p>'));
    expect(d.text).toContain('Read our full review of the Acme X2.');
    expect(d.text).toContain('For more detail, see our guide to reading a city budget.');
    expect(d.text).not.toMatch(/Ten things to know|Shop Acme/);
  });

  it("leaves out the writer's bio that a card above the story leaves as the body's first line", () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><p class="byline">By Jane Doe</p><div class="entry-content"><p>Jane is an experienced reporter who has covered city hall and its budgets for the past ten years.</p>${storyParagraphs(5)}</div></article></body>`));
    expect(d.byline).toBe('Jane Doe');
    expect(d.text).not.toMatch(/experienced reporter/);
    expect(d.text).toMatch(/^Paragraph 1: members of the council/);
  });

  it("leaves out the byline the story's text opens with, and keeps a name signed under a letter it quotes", () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content"><p>By Jane Doe</p>${storyParagraphs(3)}<p>Dear council, we ask you to fund the libraries before the roads this year, for the sake of the children.</p><p>– Jane Doe</p>${storyParagraphs(3, 'the board')}</div></article></body>`));
    expect(d.byline).toBe('Jane Doe');
    expect(d.text).toMatch(/^Paragraph 1: members of the council/);
    expect(d.text).toContain('– Jane Doe');
  });

  it("leaves out a review site's pledge about its picks and links, and keeps the story's sentence about testing", () => {
    const d = detectArticle(story('<p>We independently test everything we recommend.</p><p>Buying through links on our site supports our work.</p><p>We independently tested the ten kettles in our kitchen over three weeks, boiling each one a hundred times.</p>'));
    expect(d.text).not.toMatch(/everything we recommend|supports our work/);
    expect(d.text).toContain('We independently tested the ten kettles');
  });

  it("reads the content React's streaming render has not moved into place yet", () => {
    const d = detectArticle(page(`<body><div id="root"><p>Loading…</p></div><div hidden id="S:0"><article><h1>Council approves budget</h1>${storyParagraphs(6)}</article></div><div hidden><p>MARKER a hidden panel that stays hidden whatever happens on the page</p></div></body>`));
    expect(d.text).toContain('Paragraph 6: members of the council');
    expect(d.text).not.toMatch(/MARKER/);
  });
});

describe('isArticle on pages that look like stories', () => {
  const servicePage = (ld: string, buttons: number): Document =>
    page(`<html><head><meta property="og:type" content="article"><script type="application/ld+json">${ld}</script></head><body><h1>Data analytics services</h1>${storyParagraphs(8, 'our consultants')}${'<button>Get a quote</button>'.repeat(buttons)}</body></html>`, 'https://agency.example/data-analytics/');

  /** The decision's sum of weighted evidence for a page. */
  const votes = (d: Document): number => {
    let v = NaN;
    detectArticle(d, { onEvidence: (e) => (v = articleVotes(e)) });
    return v;
  };

  it('counts against a page its CMS describes as a WebPage without article or author, and not against one whose graph names an Article', () => {
    expect(votes(servicePage('{"@graph":[{"@type":"WebPage","name":"Data analytics"}]}', 0))).toBeLessThan(votes(servicePage('{"@graph":[{"@type":"Organization","name":"Agency"}]}', 0)));
    expect(detectArticle(servicePage('{"@graph":[{"@type":"WebPage"},{"@type":"Article","headline":"Data","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2024-01-02"}]}', 0)).isArticle).toBe(true);
  });

  it('counts many buttons without article markup against the page', () => {
    expect(votes(servicePage('{"@type":"Organization","name":"Agency"}', 30))).toBeLessThan(votes(servicePage('{"@type":"Organization","name":"Agency"}', 3)));
  });

  it('ends the story at a closing furniture label set as a bold paragraph, with the short lines it introduces', () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content">${storyParagraphs(6)}<p><strong>You might like</strong></p><p>MARKER Ten ways to cut your council tax bill this year</p><p>MARKER Why the budget vote matters to every family</p></div></article></body>`));
    expect(d.text).not.toMatch(/MARKER|You might like/);
    expect(d.text).toContain('Paragraph 6: members of the council');
  });

  it('keeps a furniture-worded label that story prose follows', () => {
    const d = detectArticle(story(`<p><strong>See also:</strong></p>${storyParagraphs(2, 'the committee')}`));
    expect(d.text).toContain('See also:');
    expect(d.text).toContain('Paragraph 2: members of the committee');
  });

  it('ends the story at a closing "Sources:" label whose list holds long web addresses', () => {
    const url = (n: number): string => `<p>https://www.example.org/reports/2025/annual-budget-review-of-the-council-and-its-committees-part-${n}.html?source=newsletter&amp;campaign=spring-budget-coverage</p>`;
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content">${storyParagraphs(6)}<p><strong>Article Sources:</strong></p>${url(1)}${url(2)}</div></article></body>`));
    expect(d.text).not.toMatch(/Article Sources|example\.org/);
    expect(d.text).toContain('Paragraph 6: members of the council');
  });
  it("keeps the writer's labelled link to further reading between the story's paragraphs, and leaves out a catalogue's related link and such links after its last paragraph", () => {
    const d = detectArticle(page(`<body><article><h1>Council approves budget</h1><div class="entry-content">${storyParagraphs(3)}<p>Read more: <a href="/2025/03/01/tax">How the council sets the tax rate</a></p><p>Learn more: <a href="/guides/budget">A guide to the budget vote</a></p><p>Related: <a href="/2025/01/01/parks">MARKER Five parks to reopen</a></p>${storyParagraphs(3, 'the board')}<p>Read more: <a href="/2025/02/01/roads">MARKER Ten roads the city will repave</a></p></div></article></body>`));
    expect(d.text).toContain('Read more: How the council sets the tax rate');
    expect(d.text).toContain('Learn more: A guide to the budget vote');
    expect(d.text).not.toMatch(/MARKER/);
    expect(d.text).toContain('Paragraph 3: members of the board');
  });

  it("leaves out a template's placeholder text", () => {
    const d = detectArticle(story('<h3>Lorem ipsum 1</h3><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>'));
    expect(d.text).not.toMatch(/ipsum/i);
    expect(d.text).toContain('Paragraph 3: members of the board');
  });
  it("leaves out a sign-up box's consent line that has the reader confirm the terms", () => {
    const d = detectArticle(story('<p>By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</p>'));
    expect(d.text).not.toMatch(/Sign Me Up/);
    expect(d.text).toContain('Paragraph 3: members of the board');
  });
});
