// Bylines written other than "By Jane Doe": after the post's date, in other languages, before a dash.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { namesAfterLabel } from '../../../src/article/labelled-byline';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` under its headline and `after` after the story's text. */
function byline(header: string, after = '', lang = 'en'): string | null {
  const d = page(`<!doctype html><html lang="${lang}"><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div>${after}</article></body></html>`);
  return detectArticle(d).byline;
}

describe('a byline after its date', () => {
  it('reads "Posted on <date> by <name>" under the headline', () => {
    expect(byline('<p>Posted on March 3, 2025 by Jane Doe</p>')).toBe('Jane Doe');
    expect(byline('<p>3 March 2025 by Jane Doe</p>')).toBe('Jane Doe');
  });

  it('reads it after the story too', () => {
    expect(byline('', '<div class="note"><i>Last updated March 3, 2025 by <a href="/">Jane Doe</a>.</i> — <a href="/a11y">Accessibility</a></div>')).toBe('Jane Doe');
  });

  it('needs a date before "by": a sentence is not a byline', () => {
    expect(byline('<p>Photos taken by Jane Doe</p>')).toBeNull();
  });
});

describe('bylines in other languages', () => {
  it('reads writing verbs and author labels', () => {
    expect(byline('<p>Escrito por Juana Pérez</p>', '', 'es')).toBe('Juana Pérez');
    expect(byline('<p>Geschrieben von Hans Müller</p>', '', 'de')).toBe('Hans Müller');
    expect(byline('<p>Auteur : Jeanne Dupont</p>', '', 'fr')).toBe('Jeanne Dupont');
    expect(byline('<p>Autor: Jan Nowak</p>', '', 'pl')).toBe('Jan Nowak');
  });

  it('reads an author label alone on its line', () => {
    expect(byline('<div><span>Autorin</span></div><div>Anna Schmidt</div>', '', 'de')).toBe('Anna Schmidt');
  });
});

describe('the end of a labelled byline', () => {
  it('stops at a spaced dash', () => {
    expect(namesAfterLabel('Jane Doe. — Accessibility')).toEqual(['Jane Doe']);
    expect(namesAfterLabel('Jane Doe – Share')).toEqual(['Jane Doe']);
  });

  it('keeps a hyphenated name', () => {
    expect(namesAfterLabel('Jane Doe-Roe')).toEqual(['Jane Doe-Roe']);
  });
});

describe('metadata shapes of several writers', () => {
  const withHead = (head: string): Document =>
    page(`<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(6)}</div></article></body></html>`);
  const ld = (node: object): string => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

  it('reads a JSON-LD Person whose name is a list', () => {
    const d = withHead(ld({ '@type': 'NewsArticle', headline: 'Council approves budget', author: { '@type': 'Person', name: ['Jane Doe', 'John Roe'] } }));
    expect(detectArticle(d).authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads og:author', () => {
    expect(detectArticle(withHead('<meta property="og:author" content="Jane Doe">')).byline).toBe('Jane Doe');
  });
});

describe('mail addresses and handles beside a name', () => {
  it('keeps the name of "address (Name)" and "Name <address>"', () => {
    expect(cleanAuthors(['jane@example.org (Jane Doe)', 'John Roe <john@example.org>'])).toEqual(['Jane Doe', 'John Roe']);
  });

  it('drops a handle after the name and a bare address', () => {
    expect(cleanAuthors(['Ann Lee (@annlee)'])).toEqual(['Ann Lee']);
    expect(cleanAuthors(['desk@y.example.com'])).toEqual([]);
  });
});

describe('a sentence that starts with "By"', () => {
  it('is not a byline: the name after the label starts with a capital', () => {
    expect(byline('<p>By the end of this tutorial, you will have a working app.</p>')).toBeNull();
    expect(byline('', '<p>Written by the team behind the app, this guide is free.</p>')).toBeNull();
    expect(byline('<p>By Jane Doe</p>')).toBe('Jane Doe');
  });
});

describe('a user name in lower case after "by"', () => {
  it('is a byline when it stands alone or before a separator', () => {
    expect(byline('<p class="meta">by <a href="/u/janed">janed</a> | Apr 21, 2025</p>')).toBe('janed');
    expect(byline('<p>By janed, April 17, 2025 in Travel</p>')).toBe('janed');
    expect(byline('<p>By default, the app saves every hour.</p>')).toBeNull();
  });
});
