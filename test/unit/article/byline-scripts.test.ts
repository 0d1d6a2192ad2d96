// Bylines as news sites across languages and scripts write them: other languages' "and", run-together initials,
// particles, CJK and Cyrillic labels, a writer filing "for" an outlet, a date label run on after the name.
import { describe, expect, it } from 'vitest';
import { cleanAuthors, nameShaped } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** The byline of a story page with `header` under its headline. */
function byline(header: string, lang = 'en'): string | null {
  const d = page(`<!doctype html><html lang="${lang}"><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></body></html>`);
  return detectArticle(d).byline;
}

describe('several writers joined in other languages', () => {
  it('splits on "und", "et", "y", "e", "и"', () => {
    expect(byline('<p>Von Hans Müller und Eva Schmidt</p>', 'de')).toBe('Hans Müller and Eva Schmidt');
    expect(byline('<p>Par Jeanne Dupont et Marc Martin</p>', 'fr')).toBe('Jeanne Dupont and Marc Martin');
    expect(byline('<p>Por Juan Pérez y María López</p>', 'es')).toBe('Juan Pérez and María López');
    expect(byline('<p>di Mario Rossi e Luca Bianchi</p>', 'it')).toBe('Mario Rossi and Luca Bianchi');
    expect(byline('<p>Авторы: Иван Петров и Анна Смирнова</p>', 'ru')).toBe('Иван Петров and Анна Смирнова');
  });

  it('keeps a capital "E" or "Y" as an initial, not an "and"', () => {
    expect(cleanAuthors(['E.J. Dionne'])).toEqual(['E.J. Dionne']);
    expect(cleanAuthors(['E. Jean Carroll'])).toEqual(['E. Jean Carroll']);
    expect(cleanAuthors(['Y. Chen and John Roe'])).toEqual(['Y. Chen', 'John Roe']);
    expect(cleanAuthors(['John E Smith'])).toEqual(['John E Smith']);
  });
});

describe('the shape of a name', () => {
  it('takes run-together initials and joined particles', () => {
    for (const n of ['E.J. Dionne', 'J.R.R. Tolkien', 'Ahmed al-Omran', "Jean d'Alembert", 'Mohammed bin Salman', 'Anna della Rovere']) expect(nameShaped(n)).toBe(true);
  });

  it('refuses lower-case words', () => {
    expect(nameShaped('jane doe')).toBe(false);
  });
});

describe('CJK and Cyrillic bylines', () => {
  it('reads a label, its separator and the names', () => {
    expect(byline('<p>作者：王小明</p>', 'zh')).toBe('王小明');
    expect(byline('<p>记者 王小明 李华</p>', 'zh')).toBe('王小明 and 李华');
    expect(byline('<p>本报记者 王小明</p>', 'zh')).toBe('王小明');
    expect(byline('<p>文：山田太郎</p>', 'ja')).toBe('山田太郎');
    expect(byline('<p>Текст: Иван Петров</p>', 'ru')).toBe('Иван Петров');
  });

  it('reads a name before the title "reporter"', () => {
    expect(byline('<p>홍길동 기자</p>', 'ko')).toBe('홍길동');
  });

  it('needs the separator: a label run into a word starts a sentence', () => {
    expect(byline('<p>记者会上，王小明说</p>', 'zh')).toBeNull();
    expect(byline('<p>文化 新闻</p>', 'zh')).toBeNull();
  });
});

describe('what follows the names', () => {
  it('drops the outlet a writer filed for', () => {
    expect(byline('<p>By Jane Doe for The Gazette</p>')).toBe('Jane Doe');
    expect(byline('<p>By Jane Doe For Dailymail.com</p>')).toBe('Jane Doe');
  });

  it('keeps an organization whose name holds "for"', () => {
    expect(byline('<p>By National Center for Health Statistics</p>')).toBe('National Center for Health Statistics');
    expect(cleanAuthors(['Society for Science'])).toEqual(['Society for Science']);
  });

  it('drops a date label run on after the name, and reads none from a dateline', () => {
    expect(byline('<p>By Jane Doe Updated April 4, 2025</p>')).toBe('Jane Doe');
    expect(byline('<div class="byline"><span>By <a href="/a/jane">Jane Doe</a></span> <span>Updated 3 hours ago</span></div>')).toBe('Jane Doe');
    expect(cleanAuthors(['Last Updated: 2025-02-22 Cite this Webpage'])).toEqual([]);
  });

  it('reads a wire story\'s "Reporting by", not its editor', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(6)}<p><i>Reporting by Jane Doe; Editing by John Roe</i></p></div></article></body></html>`);
    expect(detectArticle(d).byline).toBe('Jane Doe');
  });

  it('reads "Reporter:" as a label', () => {
    expect(byline('<p>Reporter: Jane Doe</p>')).toBe('Jane Doe');
  });
});
