// Small pages with what a byline or the page's navigation leaves among the body's edge lines when set on lines of their own:
// a lone "By" over the writer's name, the commas between linked names, a job title under the byline, a contents label, the
// headline with the site's name after it.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { isLoneBylineLabel } from '../../../src/article/byline-leftovers';
import { page, storyParagraphs } from './helpers';

const story = (top: string, lang = 'en'): Document => page(`<!doctype html><html lang="${lang}"><head><title>Council agrees to review the budget</title>
  <meta name="author" content="Jane Doe"></head><body><main><article><h1>Council agrees to review the budget</h1>
  ${top}
  ${storyParagraphs(6)}</article></main></body></html>`);

const lines = (d: Document): string[] => detectArticle(d).text!.split('\n\n');

describe('a byline set over lines of its own', () => {
  it('leaves the body: a lone "By" and the writer\'s name under it', () => {
    const d = story('<div><div>By</div><div>Jane Doe</div></div>');
    expect(lines(d)[0]).toMatch(/^Paragraph 1:/);
  });

  it('leaves the body: the label and the commas between names that were links', () => {
    const d = story(`<div><div>By</div><div><a href="/people/jane-doe">Jane Doe</a></div><div>, and</div><div><a href="/people/john-roe">John Roe</a></div>
      <div>Reviewed for accuracy by our standards desk</div></div>`);
    expect(lines(d)[0]).toBe('Reviewed for accuracy by our standards desk');
  });

  it('takes the writer\'s job title set under the byline with it', () => {
    const d = story('<div><p>By Jane Doe</p><p>Senior Editor</p></div>');
    expect(lines(d)[0]).toMatch(/^Paragraph 1:/);
  });

  it('reads a label in other languages, and never a sentence', () => {
    expect(isLoneBylineLabel('By')).toBe(true);
    expect(isLoneBylineLabel('Written by:')).toBe(true);
    expect(isLoneBylineLabel('Autor:')).toBe(true);
    expect(isLoneBylineLabel('By the river')).toBe(false);
    expect(isLoneBylineLabel('Byron')).toBe(false);
  });
});

describe("a table of contents' label", () => {
  it('leaves the body with the links it heads', () => {
    const d = story('<p>Table of Contents</p><ul><li><a href="#one">The vote</a></li><li><a href="#two">What comes next</a></li></ul>');
    expect(lines(d)[0]).toMatch(/^Paragraph 1:/);
  });
});

describe('the headline with the site\'s name after it', () => {
  it('leaves the body, as the headline alone does', () => {
    const d = story('<p>Council agrees to review the budget | The Daily Gazette</p>');
    expect(lines(d)[0]).toMatch(/^Paragraph 1:/);
  });

  it('stays when the line goes on as a sentence', () => {
    const d = story('<p>Council agrees to review the budget - and the mayor says she welcomes the delay because the figures were rushed.</p>');
    expect(lines(d)[0]).toMatch(/^Council agrees to review the budget - and the mayor/);
  });
});
