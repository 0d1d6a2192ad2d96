// Small pages of plain, hand-made HTML (no classes, no metadata, the headline and paragraphs set straight in the body, old
// uppercase tags): the byline and date are read from the lines a reader sees under the headline.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

const plain = (head: string, headline = '<h1>Board approves drainage plan for Route 9</h1>'): Document =>
  page(`<html><head><title>Board approves drainage plan for Route 9</title></head><body>${headline}${head}${storyParagraphs(7, 'the county board')}<p><a href="/">home</a></p></body></html>`, 'https://valleycourier.example/news/drainage.html');

describe('a plain page whose headline and byline are set straight in the body', () => {
  it('reads the writer and the date from the paragraph under the headline', () => {
    const r = detectArticle(plain('<p>By Tom Reyes<br>June 3, 2024</p>'));
    expect(r.authors).toEqual(['Tom Reyes']);
    expect(r.publishedTime).toBe('2024-06-03');
    expect(r.text).toMatch(/^Paragraph 1:/);
  });

  it('reads them when the headline sits in a centring wrapper and the paragraphs are unclosed, upper-case tags', () => {
    const html = `<HTML><HEAD><TITLE>Board approves drainage plan for Route 9</TITLE></HEAD><BODY><CENTER><H2>Board approves drainage plan for Route 9</H2></CENTER>
      <P ALIGN=CENTER>by Tom Reyes<BR>June 3, 2024
      <P>The county board approved the new drainage plan on Tuesday after three hours of public comment, most of it from farmers on the east side of the county.
      <P>Residents said the ditches along Route 9 have overflowed every spring since 2019, flooding basements and washing out gravel driveways across the valley.
      <P>The plan calls for two retention ponds and a widened culvert under the rail line, at a cost the county engineer put at about $1.4 million.
      <P><A HREF="index.html">Back to the front page</A></BODY></HTML>`;
    const r = detectArticle(page(html, 'https://valleycourier.example/news/drainage.html'));
    expect(r.authors).toEqual(['Tom Reyes']);
    expect(r.publishedTime).toBe('2024-06-03');
  });

  it('reads a name and a date joined by a spaced dash ("Tom Reyes -- June 3, 2024", "Tom Reyes — June 3, 2024")', () => {
    for (const row of ['Tom Reyes -- June 3, 2024', 'Tom Reyes — June 3, 2024', 'Tom Reyes - June 3, 2024']) {
      const r = detectArticle(plain(`<p>${row}</p>`));
      expect(r.authors, row).toEqual(['Tom Reyes']);
      expect(r.publishedTime, row).toBe('2024-06-03');
    }
  });

  it('does not take a place in a dashed dateline for a writer ("New York — June 3, 2024")', () => {
    const r = detectArticle(plain('<p>New York — June 3, 2024</p>'));
    expect(r.authors).toEqual([]);
    expect(r.publishedTime).toBe('2024-06-03');
  });
});
