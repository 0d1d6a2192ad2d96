import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { addsNumber, cutShort, extendsWithSubtitle, firstLine, lostCharacters, shoutsOtherWords } from '../../../src/article/title-variants';
import { page, storyParagraphs } from './helpers';

const withTitle = (meta: string, h1: string): Document =>
  page(`<!doctype html><html><head><meta property="og:title" content="${meta}"></head>
    <body><article><h1>${h1}</h1>${storyParagraphs(5)}</article></body></html>`);

describe('lostCharacters', () => {
  it('finds an h1 whose apostrophes an encoding turned into "?"', () => {
    expect(lostCharacters('Basics of planning? Beginner? Guide', "Basics of planning: Beginner's Guide")).toBe(true);
    expect(lostCharacters('A reader?s guide', 'A reader’s guide')).toBe(true);
  });

  it('keeps a question the headline asks', () => {
    expect(lostCharacters('Is it safe? Experts weigh in', 'Is it safe: Experts weigh in')).toBe(false);
    expect(lostCharacters('Is it safe?', 'Is it safe?')).toBe(false);
    expect(lostCharacters('Who pays? Nobody', 'Who pays the bill')).toBe(false);
  });
});

describe('shoutsOtherWords', () => {
  it('finds an h1 typed in capitals that words the headline otherwise', () => {
    expect(shoutsOtherWords('SUPPORTING GAAP COMPLIANCE', 'GAAP Compliance: Applying Accounting Best Practices To Your Business')).toBe(true);
  });

  it('keeps capitals that spell the same words, cased text, acronyms and scripts without case', () => {
    expect(shoutsOtherWords('BEGINNER MARATHON PLAN', 'Marathon Beginner Plan')).toBe(false);
    expect(shoutsOtherWords('Supporting GAAP compliance', 'GAAP Compliance: Applying Accounting Best Practices')).toBe(false);
    expect(shoutsOtherWords('NASA FAQ', 'Questions about the space agency')).toBe(false);
    expect(shoutsOtherWords('市議会が予算を承認する理由', '予算の承認')).toBe(false);
  });

  it('gives the metadata title over a reworded h1 in capitals', () => {
    const doc = withTitle('GAAP Compliance: Applying Accounting Best Practices To Your Business', 'SUPPORTING GAAP COMPLIANCE');
    expect(detectArticle(doc, { url: 'https://example.com/gaap' }).title).toBe('GAAP Compliance: Applying Accounting Best Practices To Your Business');
    const same = withTitle('Marathon Beginner Plan', 'BEGINNER MARATHON PLAN');
    expect(detectArticle(same, { url: 'https://example.com/plan' }).title).toBe('BEGINNER MARATHON PLAN');
  });
});

describe('extendsWithSubtitle', () => {
  it('finds the shorter title followed by a colon subtitle, articles aside', () => {
    expect(extendsWithSubtitle('Index funds', 'Index Funds: How to Invest')).toBe(true);
    expect(extendsWithSubtitle('The best CRM software for 2026', 'Best CRM software for 2026: Top Platforms Compared')).toBe(true);
  });

  it('ignores a comma, pipe or parenthesized tail and titles that only start alike', () => {
    expect(extendsWithSubtitle('Best Camping Hammocks of 2026', 'Best Camping Hammocks of 2026, Tested & Reviewed')).toBe(false);
    expect(extendsWithSubtitle('How Much is Pet Insurance?', 'How Much is Pet Insurance | 2025 Cost Guide')).toBe(false);
    expect(extendsWithSubtitle('Skipping stops on a trip', 'Skipping stops on a trip (via Wire)')).toBe(false);
    expect(extendsWithSubtitle('Index', 'Index Funds: How to Invest')).toBe(false);
  });
});

describe('addsNumber', () => {
  it('finds one count or year more at either end', () => {
    expect(addsNumber('Recent Trends in Photography', '8 Recent Trends in Photography')).toBe(true);
    expect(addsNumber('15 Best Tutoring Platforms', '15 Best Tutoring Platforms 2025')).toBe(true);
  });

  it('ignores a number with words and a number in the middle', () => {
    expect(addsNumber('Cybersecurity Tips for Small Businesses', '15 Critical Cybersecurity Tips for Small Businesses')).toBe(false);
    expect(addsNumber('Top Tips for Small Businesses', 'Top 15 Tips for Small Businesses')).toBe(false);
    expect(addsNumber('The Best Gaming Laptops of 2026', '7 Best Gaming Laptops of 2026')).toBe(false);
  });
});

describe('firstLine', () => {
  it('reads the text before a line break or a subtitle element', () => {
    const doc = page('<h1 id="a">Best note apps<span>Top tools like Notion</span></h1><h1 id="b">Real estate 101<br>A primer</h1><h1 id="c"><a href="/x">Linked</a></h1>');
    expect(firstLine(doc.getElementById('a')!)).toBe('Best note apps');
    expect(firstLine(doc.getElementById('b')!)).toBe('Real estate 101');
    expect(firstLine(doc.getElementById('c')!)).toBeNull();
  });
});

describe('the headline from two spellings', () => {
  it('takes the metadata spelling of an h1 whose apostrophes were lost', () => {
    expect(detectArticle(withTitle('What Are the Basics of Event Planning: Beginner&#8217;s Guide', 'What Are the Basics of Event Planning? Beginner? Guide')).title).toBe('What Are the Basics of Event Planning: Beginner’s Guide');
  });

  it('keeps the h1 when the metadata only drops its article', () => {
    expect(detectArticle(withTitle('Best Home Cameras of 2026', 'The Best Home Cameras of 2026')).title).toBe('The Best Home Cameras of 2026');
  });

  it('keeps the h1 when it says more than the metadata title', () => {
    expect(detectArticle(withTitle('Your Maintenance Checklist', 'Your Car Maintenance Checklist')).title).toBe('Your Car Maintenance Checklist');
  });

  it('takes the metadata title that extends the h1 with a colon subtitle', () => {
    expect(detectArticle(withTitle('Index Funds: How to Invest | Fundco', 'Index funds')).title).toBe('Index Funds: How to Invest');
  });

  it('keeps the h1 that extends the metadata title with a subtitle', () => {
    expect(detectArticle(withTitle('Mobile UX Design', 'Mobile UX Design: The Ultimate Guide 2025')).title).toBe('Mobile UX Design: The Ultimate Guide 2025');
  });

  it("takes the metadata title that extends the h1's first line with a subtitle", () => {
    expect(detectArticle(withTitle('Best Note Apps: Top Tools in 2026', 'The Best Note Apps<span>Top tools and to-do lists like Notion</span>')).title).toBe('Best Note Apps: Top Tools in 2026');
  });

  it('takes the og:title that is the h1 with its count', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="8 Recent Trends in Photography - Studio Works">
      <script type="application/ld+json">{"@type":"Article","headline":"Recent Trends in Photography"}</script></head>
      <body><article><h1>Recent Trends in Photography</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('8 Recent Trends in Photography');
  });

  it('keeps the h1 when only the <title> adds the count', () => {
    const doc = page(`<!doctype html><html><head><title>8 Recent Trends in Photography - Studio Works</title></head>
      <body><article><h1>Recent Trends in Photography</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Recent Trends in Photography');
  });

  it('keeps the h1 when the metadata adds a count with words', () => {
    expect(detectArticle(withTitle('15 Critical Cybersecurity Tips for Small Businesses', 'Cybersecurity Tips for Small Businesses')).title).toBe('Cybersecurity Tips for Small Businesses');
  });
});

describe('cutShort', () => {
  const whole = 'Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Trick That Works) - Daily Home';
  it('sees a title cut at a length limit, in mid-phrase or with an ellipsis', () => {
    expect(cutShort(whole.slice(0, 110).trim(), whole)).toBe(true);
    expect(cutShort('Fix It Friday: Struggling With How To Arrange Your Living...', whole)).toBe(true);
  });
  it('does not take a title part before a separator, or a short name, for a cut title', () => {
    expect(cutShort('Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Trick That Works)', whole)).toBe(false);
    expect(cutShort('Fix It Friday', whole)).toBe(false);
    expect(cutShort('Fix It Friday: Struggling With Rooms', whole)).toBe(false);
  });
});

describe('a summary set as the h1', () => {
  const summary = 'Learn which garden projects pay back the most? Get tips from growers on how to plan a bed, choose seeds and water less. '
    + 'We will help you learn everything you need to know about the garden you want to grow this year.';

  it('gives the metadata title over an h1 written as sentences that shares its words', () => {
    const doc = withTitle('The 10 Garden Projects That Pay Back the Most (According to Growers)', summary);
    expect(detectArticle(doc, { url: 'https://example.com/garden' }).title).toBe('The 10 Garden Projects That Pay Back the Most (According to Growers)');
  });

  it('keeps a long one-sentence h1 that rewords the metadata title', () => {
    const long = 'Garden projects that pay back the most for growers who plan a bed, choose seeds with care and water less in a dry summer like this one';
    expect(detectArticle(withTitle('The Garden Projects That Pay Back the Most', long), { url: 'https://example.com/garden' }).title).toBe(long);
  });
});
