// Small pages in the styles a probe of unseen pages found misread: bylines run on into other languages' date labels, a
// writer's city after a comma, Korean and Chinese datelines, names in capitals, credit lines, a weekday before a numeric
// date, Arabic and Hebrew labels, a sidebar's dates inside <main>.
import { describe, expect, it } from 'vitest';
import { cleanAuthors, readerCase } from '../../../src/article/authors';
import { numericOrder } from '../../../src/article/dates';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` under its headline. */
function story(header: string, lang = 'en'): ReturnType<typeof detectArticle> {
  const d = page(`<!doctype html><html lang="${lang}"><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></body></html>`);
  return detectArticle(d);
}

describe('a byline run on into a date label in another language', () => {
  it('ends the name at the label', () => {
    expect(story('<div class="meta"><span>Autor: Katarzyna Nowak</span> <span>Opublikowano: 14 marca 2025, 10:05</span></div>', 'pl').byline).toBe('Katarzyna Nowak');
    expect(story('<div class="info"><span>di Marco Rossi</span> <span>Pubblicato il 5 febbraio 2025 alle 11:20</span></div>', 'it').byline).toBe('Marco Rossi');
  });
});

describe("the place a writer filed from", () => {
  it('is not a second writer', () => {
    expect(cleanAuthors(['Por João Pereira, de São Paulo'])).toEqual(['João Pereira']);
    expect(cleanAuthors(['By Jane Doe, in Washington'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['By Jane Doe, John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('Korean and Chinese datelines', () => {
  it('reads a reporter with the publication stamp after the title', () => {
    expect(story('<div class="byline"><span>김민준 기자</span> <span>입력 2025.03.12 14:30</span> <span>수정 2025.03.12 16:05</span></div>', 'ko').authors).toEqual(['김민준']);
  });

  it('reads the writer labelled inside a dateline', () => {
    expect(story('<div class="info">2025-03-12 09:38:21　来源：江南日报　作者：王芳　责任编辑：李强</div>', 'zh-CN').authors).toEqual(['王芳']);
  });
});

describe('names typed in capitals', () => {
  it('are given as readers write them', () => {
    expect(readerCase('JANE DOE')).toBe('Jane Doe');
    expect(readerCase("MARGARET O'NEILL")).toBe("Margaret O'Neill");
    expect(readerCase('JEAN DE LA FONTAINE')).toBe('Jean de la Fontaine');
    expect(readerCase('J.R. HARTLEY')).toBe('J.R. Hartley');
    expect(readerCase('JOHN MCDONALD')).toBe('John McDonald');
  });

  it('leaves mixed case, one-word names and acronyms as written', () => {
    expect(readerCase('McDONALD SMITH')).toBe('McDONALD SMITH');
    expect(readerCase('REUTERS')).toBe('REUTERS');
    expect(readerCase('BBC NEWS')).toBe('BBC News');
  });

  it('applies to the page byline', () => {
    expect(story('<p class="byline">By JANE DOE</p>').byline).toBe('Jane Doe');
  });
});

describe('credit lines', () => {
  it('reads a magazine credit "Words:" when nothing else names the writer', () => {
    expect(story('<p class="credit">Words: Ben Carter / Photos: Ellie Shaw</p><p>Published 21 June 2024</p>', 'en-GB').byline).toBe('Ben Carter');
  });

  it('reads the writer from one part of a photographer-and-writer credit', () => {
    expect(story('<p class="credits">Photographs by Inès Laurent · Text by Paul Girard</p><p>August 30, 2024</p>').byline).toBe('Paul Girard');
  });

  it('reads a Drupal "Submitted by" line', () => {
    expect(story('<div class="node__meta">Submitted by Helen Price on Tue, 03/11/2025 - 09:15</div>').byline).toBe('Helen Price');
  });
});

describe('a weekday before a numeric date', () => {
  it('settles which of day and month comes first', () => {
    // March 11, 2025 was a Tuesday; November 3, 2025 a Monday.
    expect(numericOrder(['Tue, 03/11/2025 - 09:15'])).toBe('mdy');
    expect(numericOrder(['Monday, 03/11/2025'])).toBe('dmy');
    expect(numericOrder(['03/11/2025'])).toBeUndefined();
  });

  it('dates a Drupal page', () => {
    expect(story('<div class="node__meta">Submitted by Helen Price on Tue, 03/11/2025 - 09:15</div>').publishedTime?.slice(0, 10)).toBe('2025-03-11');
  });
});

describe('bylines in scripts without capitals, right to left', () => {
  it('reads Arabic and Hebrew labels', () => {
    expect(story('<div class="meta"><span class="author">بقلم: أحمد الكعبي</span> <span class="date">١٢ مارس ٢٠٢٥</span></div>', 'ar').authors).toEqual(['أحمد الكعبي']);
    expect(story('<p class="author">מאת דנה כהן</p>', 'he').authors).toEqual(['דנה כהן']);
  });

  it('reads the date an Arabic byline shows, in Arabic-Indic digits', () => {
    const found = story('<div class="meta"><span class="author">بقلم: أحمد الكعبي</span> <span class="date">١٢ مارس ٢٠٢٥</span></div>', 'ar');
    expect(found.publishedTime).toBe('2025-03-12');
    expect(found.authors).toEqual(['أحمد الكعبي']);
  });

  it('reads the date a Hebrew byline shows, its month after "ב"', () => {
    expect(story('<p class="author">מאת דנה כהן</p><p class="date">12 במרץ 2025</p>', 'he').publishedTime).toBe('2025-03-12');
  });
});

describe('dates in a sidebar inside the story', () => {
  const para = (n: number): string =>
    `<p>Paragraph ${n} of the guide: a heat pump moves heat from one place to another instead of burning fuel to make it, and in winter it pulls warmth from the outside air.</p>`;

  it("does not take a sidebar's teaser dates inside <main> as the story's", () => {
    const d = page(`<!doctype html><html lang="en"><body><main><article><h1>What is a heat pump and how does it work?</h1>${para(1)}${para(2)}${para(3)}</article>
      <aside><h3>Latest guides</h3><ul><li><a href="/a">Solar panels: are they worth it?</a> <time datetime="2025-02-11">11 Feb 2025</time></li>
      <li><a href="/b">Loft insulation explained</a> <time datetime="2025-01-20">20 Jan 2025</time></li></ul></aside></main></body></html>`, 'https://guides.example.org/what-is-a-heat-pump');
    expect(detectArticle(d).publishedTime).toBeNull();
  });
});

describe('a login posted on a date', () => {
  it('is the byline of "Submitted by jdoe on Tue, 03/11/2025"', () => {
    expect(story('<div class="node__meta">Submitted by hprice on Tue, 03/11/2025 - 09:15</div>').byline).toBe('hprice');
  });

  it('is not prose after "By"', () => {
    expect(story('<p>By default on Mondays the council meets at noon.</p>').byline).toBeNull();
  });
});
