// Small pages in the styles a fourth probe of unseen page families found misread: byline labels of Finnish, Serbian, Croatian and
// Vietnamese, Slovenian and Urdu with their colon, Tagalog's "Ni" and Afrikaans "Deur" on pages in those languages, Filipino name
// particles, an opinion page's guest byline, a wire's short name after a slash or a comma, writers' names in adjacent links, a weekday
// or a numeric date run on after the names; dates in Tagalog, Serbian, Croatian (whose "listopad" is October), Lithuanian, Slovenian,
// Estonian and Latvian, update labels of more languages; a print view's, a kicker's, a guest author box's, a wire copyright's and a
// CJK signature's lines out of the body, a gallery's captions in it; the site's name in Chinese and Japanese titles.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { normalizeDate } from '../../../src/article/dates';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page in `lang` with `meta` (byline and date lines) between its headline and its text. */
function storyWith(lang: string, meta: string): Document {
  return page(`<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"></head><body><article>
    <h1>Council approves the new budget</h1><div class="meta">${meta}</div>${storyParagraphs(8)}</article></body></html>`,
  'https://news.example.org/local/council-approves-budget');
}

describe('byline labels of other languages, with their colon', () => {
  it.each([
    ['fi', 'Teksti: Matti Virtanen', 'Matti Virtanen'],
    ['sr', 'Аутор: Марко Петровић', 'Марко Петровић'],
    ['hr', 'Piše: Ivan Horvat', 'Ivan Horvat'],
    ['vi', 'Tác giả: Nguyễn Văn An', 'Nguyễn Văn An'],
    ['sl', 'Avtor: Janez Novak', 'Janez Novak'],
  ])('%s "%s"', (lang, byline, name) => {
    const a = detectArticle(storyWith(lang, `<p class="byline">${byline}</p><p class="date">12.03.2025</p>`));
    expect(a.authors).toEqual([name]);
  });
});

describe('byline labels that are names elsewhere, cut on pages in their language', () => {
  it('Tagalog "Ni Juan dela Cruz" (and the particle "dela") on a Tagalog page', () => {
    const a = detectArticle(storyWith('tl', '<p class="byline">Ni Juan dela Cruz</p><p class="date">Marso 12, 2025</p>'));
    expect(a.authors).toEqual(['Juan dela Cruz']);
    expect(a.publishedTime?.slice(0, 10)).toBe('2025-03-12');
  });

  it('Afrikaans "Deur Pieter van der Merwe" on an Afrikaans page', () => {
    const a = detectArticle(storyWith('af', '<p class="byline">Deur Pieter van der Merwe</p><p class="date">12 Maart 2025</p>'));
    expect(a.authors).toEqual(['Pieter van der Merwe']);
  });

  it('"Ni" stays a name on a page in another language', () => {
    const a = detectArticle(storyWith('en', '<p class="byline">Ni Hongwei</p><p class="date">March 12, 2025</p>'));
    expect(a.authors).toEqual(['Ni Hongwei']);
  });
});

describe('an opinion page\'s guest byline', () => {
  it.each(['Guest post by Jane Doe', 'Guest author: Jane Doe'])('"%s" names the guest', (byline) => {
    const a = detectArticle(storyWith('en', `<p class="byline">${byline}</p><p class="date">March 12, 2025</p>`));
    expect(a.authors).toEqual(['Jane Doe']);
  });
});

describe('a wire after the name with a slash', () => {
  it('"Anna Svensson/TT" names the writer', () => {
    expect(cleanAuthors(['Anna Svensson/TT'])).toEqual(['Anna Svensson']);
    const a = detectArticle(storyWith('sv', '<p class="byline">Anna Svensson/TT</p><p class="date">12 mars 2025 kl 10.30</p>'));
    expect(a.authors).toEqual(['Anna Svensson']);
  });
});

describe('writers in adjacent links with nothing between', () => {
  it('"By <a>Jane Doe</a><a>John Roe</a>" names two writers', () => {
    const a = detectArticle(storyWith('en', '<p class="byline">By <a href="/author/jane">Jane Doe</a><a href="/author/john">John Roe</a></p><p>March 12, 2025</p>'));
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('links wrapped in spans, no label', () => {
    const a = detectArticle(storyWith('en', '<div class="byline"><span class="author"><a href="/p/jane">Jane Doe</a></span><span class="author"><a href="/p/john">John Roe</a></span></div><p>March 12, 2025</p>'));
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('dates in more languages', () => {
  it.each([
    ['Marso 12, 2025', '2025-03-12'],
    ['12. мај 2025.', '2025-05-12'],
    ['12. septembar 2025.', '2025-09-12'],
    ['12. ožujka 2025.', '2025-03-12'],
    ['12. studenoga 2025. u 10:30', '2025-11-12'],
    ['2025 m. kovo 12 d.', '2025-03-12'],
    ['12. marec 2025 ob 10:30', '2025-03-12'],
    ['12. märts 2025 10:30', '2025-03-12'],
    ['2025. gada 12. marts 10:30', '2025-03-12'],
  ])('"%s"', (text, day) => {
    expect(normalizeDate(text)).toBe(day);
  });

  it('"listopada" is October after an ordinal dot (Croatian), November without one (Polish)', () => {
    expect(normalizeDate('12. listopada 2025.')).toBe('2025-10-12');
    expect(normalizeDate('12 listopada 2025')).toBe('2025-11-12');
    expect(normalizeDate('12. listopadu 2025')).toBe('2025-11-12');
  });
});

describe('a wire after the name and a comma, in an unlabelled byline run on with its date', () => {
  it('"Petr Novák, ČTK 12. března 2025" names the writer', () => {
    const a = detectArticle(storyWith('cs', '<span class="aut">Petr Novák, ČTK</span> <span class="time">12. března 2025 10:30</span>'));
    expect(a.authors).toEqual(['Petr Novák']);
  });
});

describe('update labels of more languages', () => {
  it.each([
    ['tr', 'Ahmet Yılmaz', '12.03.2025 - 10:30 | Güncelleme: 13.03.2025 - 14:05'],
    ['pt', 'Por João Silva', '12/03/2025 10h30 Atualizado em 13/03/2025 14h05'],
  ])('%s: the later date is the update', (lang, byline, dateline) => {
    const a = detectArticle(storyWith(lang, `<p class="byline">${byline}</p><p class="date">${dateline}</p>`));
    expect(a.publishedTime?.slice(0, 10)).toBe('2025-03-12');
    expect(a.modifiedTime?.slice(0, 10)).toBe('2025-03-13');
  });
});

describe('bylines in Arabic script', () => {
  it('an Arabic weekday run on after the name is not part of it', () => {
    const a = detectArticle(storyWith('ar', '<span class="author">كتب: محمد علي</span> <span class="date">الأربعاء، ١٢ مارس ٢٠٢٥ - 10:30 ص</span>'));
    expect(a.authors).toEqual(['محمد علي']);
  });

  it('Urdu "تحریر:" labels the writer', () => {
    const a = detectArticle(storyWith('ur', '<span class="author">تحریر: احمد خان</span> <span class="date">12 مارچ 2025</span>'));
    expect(a.authors).toEqual(['احمد خان']);
  });
});

describe('furniture around a story', () => {
  it("a print view's \"Printed from …\" line is not the story", () => {
    const d = page(`<!doctype html><html lang="en"><head><title>School board adopts later start times</title></head><body>
      <div class="print-header"><p>Printed from dailyledger.example</p></div><h1>School board adopts later start times</h1>
      <p class="byline">By Tom Becker | March 12, 2025</p>${storyParagraphs(5)}</body></html>`, 'https://dailyledger.example/news/start-times?print=1');
    expect(detectArticle(d).text).not.toContain('Printed from');
  });

  it("a kicker or badge over the headline inside the story's root is not the story", () => {
    const d = storyWithKicker('<p class="kicker">Guest Opinion</p>');
    const text = detectArticle(d).text ?? '';
    expect(text).not.toContain('Guest Opinion');
    expect(text.startsWith('Paragraph 1')).toBe(true);
  });

  it('an "About the guest author" heading under the story ends it', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>We need more libraries, not fewer</h1><p class="byline">By Maria Lopez</p>
      ${storyParagraphs(5)}<div class="box"><h4>About the guest author</h4><p>Maria Lopez is a retired teacher who lives in Springfield.</p></div></article></body></html>`,
    'https://post.example/opinion/more-libraries');
    expect(detectArticle(d).text).not.toContain('About the guest author');
  });

  it("a wire's long copyright notice under the story is not the story", () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>Flood waters recede in river towns</h1><p class="byline">By Sarah Lee</p>
      ${storyParagraphs(5)}<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p></article></body></html>`,
    'https://news.example/national/flood-waters-recede');
    const text = detectArticle(d).text ?? '';
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('Associated Press');
  });

  it.each([
    ['ja', '<p class="writer">（文：山田太郎）</p>', '山田太郎', '<p class="date">2025年3月12日 10時30分</p>'],
    ['ko', '<p>홍길동 기자 gildong@seoulilbo.example</p>', '홍길동', '<p class="date">입력 2025.03.12 10:30</p>'],
  ])('%s: the writer\'s signature under the story is not the story', (lang, signature, name, date) => {
    const d = page(`<!doctype html><html lang="${lang}"><body><div id="main"><h1>見出しの記事 서울 심야버스</h1>${date}
      <div class="article-body">${storyParagraphs(5)}${signature}</div></div></body></html>`, 'https://news.example.jp/article/38291');
    const a = detectArticle(d);
    expect(a.authors).toEqual([name]);
    expect(a.text).not.toContain(name);
  });
});

describe("a photo gallery told in its captions", () => {
  it('keeps the captions (not the slide counters) when the story without them is a line', () => {
    const slides = ['Crowds gather along the parade route on Main Street before the start of the parade on Sunday.',
      'Members of the pipe band march past the courthouse, playing traditional tunes for the cheering crowd.',
      "A young spectator waves a flag from her father's shoulders as the floats roll by.",
      'Irish dancers from the academy perform in front of city hall during the parade.'];
    const d = page(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><main><div class="gallery-page">
      <h1>PHOTOS: Parade draws thousands downtown</h1><p class="date">March 16, 2025</p><p class="intro">Thousands of people lined the streets of downtown on Sunday for the annual parade.</p>
      ${slides.map((s, i) => `<figure><img src="/p/${i}.jpg" alt=""><figcaption>${s}</figcaption><span class="counter">${i + 1} of ${slides.length}</span></figure>`).join('')}
      </div></main></body></html>`, 'https://news.example/photos/parade-draws-thousands');
    const text = detectArticle(d).text ?? '';
    expect(text).toContain('pipe band march');
    expect(text).not.toContain('1 of 4');
  });
});

describe("the site's name in a Chinese or Japanese <title>", () => {
  it.each([
    ['zh-CN', '今年我市将新开通三条地铁线路_城市_京报网', '今年我市将新开通三条地铁线路', '京报网'],
    ['ja', '都内公立小中の給食費 来年度から完全無償化へ：東京新報', '都内公立小中の給食費 来年度から完全無償化へ', '東京新報'],
  ])('%s "%s"', (lang, title, headline, site) => {
    const d = page(`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><div class="main"><h1>${headline}</h1>
      <p class="date">2025年3月12日</p><div class="content">${storyParagraphs(5)}</div></div></body></html>`, 'https://news.example.cn/city/t20250312_4821.html');
    expect(detectArticle(d).siteName).toBe(site);
  });
});

/** A story page whose root holds `kicker` over its headline. */
function storyWithKicker(kicker: string): Document {
  return page(`<!doctype html><html lang="en"><body><main><article>${kicker}<h1>We need more libraries, not fewer</h1><p class="byline">By Maria Lopez</p>
    <p class="date">March 12, 2025</p>${storyParagraphs(5)}</article></main></body></html>`, 'https://post.example/opinion/more-libraries');
}

describe('a numeric date run on after the last of several names', () => {
  it('"Von Jonas Weber und Anna Schmidt 12.03.2025, 14:05 Uhr" names both writers', () => {
    const a = detectArticle(storyWith('de', '<span class="author">Von Jonas Weber und Anna Schmidt</span> <span class="date">12.03.2025, 14:05 Uhr</span>'));
    expect(a.authors).toEqual(['Jonas Weber', 'Anna Schmidt']);
  });
});

describe('more bylines of other languages and wires', () => {
  it.each([
    ['de', 'Ein Gastbeitrag von Jonas Weber', ['Jonas Weber']],
    ['de', 'Gastautor: Jonas Weber', ['Jonas Weber']],
    ['tr', 'Muhabir: Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['vi', 'Theo Nguyễn Văn An', ['Nguyễn Văn An']],
    ['fr', 'Par Marie Dupont avec AFP', ['Marie Dupont']],
    ['en', 'By Jane Doe, Bloomberg', ['Jane Doe']],
  ])('%s "%s"', (lang, byline, names) => {
    const a = detectArticle(storyWith(lang, `<p class="byline">${byline}</p><p class="date">12.03.2025</p>`));
    expect(a.authors).toEqual(names);
  });

  it('"Theo" stays a given name on a page in another language', () => {
    const a = detectArticle(storyWith('en', '<p class="byline">Theo Walcott</p><p class="date">March 12, 2025</p>'));
    expect(a.authors).toEqual(['Theo Walcott']);
  });

  it('Hebrew "עודכן" labels the update', () => {
    const a = detectArticle(storyWith('he', '<p class="byline">מאת דנה כהן</p><p class="date">פורסם: 12.03.25 10:30 | עודכן: 13.03.25 14:05</p>'));
    expect(a.publishedTime?.slice(0, 10)).toBe('2025-03-12');
    expect(a.modifiedTime?.slice(0, 10)).toBe('2025-03-13');
  });
});
