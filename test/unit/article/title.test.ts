import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { stripSiteName } from '../../../src/article/title';
import { page, storyParagraphs } from './helpers';

describe('stripSiteName', () => {
  it('cuts a segment that is a host name', () => {
    expect(stripSiteName('GAME CHANGER | Newegg.com', null)).toBe('GAME CHANGER');
  });

  it('cuts short section and site segments from the end when the site is not known', () => {
    expect(stripSiteName("How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital", null)).toBe('How to help babies sleep through the night');
  });

  it('keeps a title whose segments are all long', () => {
    const t = 'Why the council approved the budget - and what it means for the schools next year';
    expect(stripSiteName(t, null)).toBe(t);
  });
});

describe('the headline', () => {
  it('drops the site name a visible h1 carries', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:site_name" content="Artlyst"><meta property="og:title" content="Best exhibitions of 2025 – Artlyst - Artlyst"></head>
      <body><article><h1>Best exhibitions of 2025 – Artlyst</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Best exhibitions of 2025');
  });

  it('keeps an h1 whose last words only resemble the site name', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:site_name" content="Budget"><meta property="og:title" content="Council approves budget"></head>
      <body><article><h1>Council approves budget</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Council approves budget');
  });

  it('cuts a section or site label set off by a pipe in the h1', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="Meditation rewires brains"></head>
      <body><article><h1>How meditation rewires brains | Opinion</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('How meditation rewires brains');
  });

  it('skips an h1 that is the site name ending the metadata title (the logo)', () => {
    const doc = page(`<!doctype html><html><head><title>Best yoga retreat travel insurance options | Ambuja Yoga</title></head>
      <body><header><div><h1>Ambuja Yoga</h1></div></header><article>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Best yoga retreat travel insurance options');
  });
});
