import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/export/markdown';
import { toMarkdownFiles, toMarkdownLibrary } from '../../../src/export/markdown-library';
import { ALL_TRICKY, makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';
import { asMarkdownKeepsIt, readBlockQuote, readEscapedMarkdown, readYamlDoubleQuoted } from './markdown-reader';

function frontMatterOf(markdown: string): Map<string, string> {
  const [, block = ''] = markdown.split('---\n');
  const entries = new Map<string, string>();
  let listKey = '';
  for (const line of block.split('\n')) {
    const item = line.match(/^ {2}- (.*)$/);
    if (item) entries.set(listKey, `${entries.get(listKey) ?? ''}${readYamlDoubleQuoted(item[1] ?? '')}\n`);
    const entry = line.match(/^([a-z_]+):(?: (.*))?$/);
    if (entry) {
      listKey = entry[1] ?? '';
      entries.set(listKey, entry[2]?.startsWith('"') ? readYamlDoubleQuoted(entry[2]) : (entry[2] ?? ''));
    }
  }
  return entries;
}

describe('toMarkdown', () => {
  const article = makeArticle();
  const annotations = [
    makeAnnotation({ quote: 'Second in the text', note: 'Why it matters', tags: ['politics', 'to read'], color: 'blue', selectors: [{ type: 'TextPositionSelector', start: 500, end: 518 }] }),
    makeAnnotation({ quote: 'First in the text', selectors: [{ type: 'TextPositionSelector', start: 10, end: 27 }] }),
    makeAnnotation({ articleKey: 'https://elsewhere.example/other', quote: 'Not this article' }),
  ];
  const markdown = toMarkdown(article, annotations, NOW);

  it('starts with YAML front matter holding the article metadata', () => {
    const front = frontMatterOf(markdown);
    expect(markdown.startsWith('---\n')).toBe(true);
    expect(front.get('title')).toBe('Ceasefire talks resume in Cairo');
    expect(front.get('authors')).toBe('Amira Haddad\nJohn Smith\n');
    expect(front.get('site')).toBe('Example News');
    expect(front.get('url')).toBe(article.url);
    expect(front.get('published')).toBe('2024-05-01T08:30:00Z');
    expect(front.get('tags')).toBe('politics\nto read\n');
    expect(front.get('reading_time_minutes')).toBe('6');
    expect(front.get('exported')).toBe(NOW.toISOString());
  });

  it('lists the article\'s highlights in reading order as block quotes, and only those', () => {
    expect(markdown.indexOf('> First in the text')).toBeLessThan(markdown.indexOf('> Second in the text'));
    expect(markdown).not.toContain('Not this article');
  });

  it('puts the note, colour and tags under the quote', () => {
    expect(markdown).toContain('> Second in the text\n\n**Note:** Why it matters\n\n*blue* · #politics, to read');
  });

  it('writes the update when it came on a later day than the publication, else null', () => {
    const later = toMarkdown(makeArticle({ publishedTime: '2026-03-14T08:30:00Z', modifiedTime: '2026-03-16T10:00:00Z' }), [], NOW);
    expect(later).toContain('updated: "2026-03-16T10:00:00Z"');
    const sameDay = toMarkdown(makeArticle({ publishedTime: '2026-03-14T08:30:00Z', modifiedTime: '2026-03-14T18:00:00Z' }), [], NOW);
    expect(sameDay).toContain('updated: null');
  });

  it('writes null for a missing published time and [] for no authors', () => {
    const bare = toMarkdown(makeArticle({ publishedTime: null, authors: [], title: null }), [], NOW);
    expect(bare).toContain('published: null');
    expect(bare).toContain('authors: []');
    expect(bare).toContain('*No highlights.*');
  });

  it('is deterministic', () => {
    expect(toMarkdown(article, annotations, NOW)).toBe(markdown);
  });
});

describe('Markdown with special characters', () => {
  it.each(Object.entries(TRICKY_TEXTS))('keeps a %s quote whole inside its block quote', (_, text) => {
    const markdown = toMarkdown(makeArticle(), [makeAnnotation({ quote: text })], NOW);
    const [, afterMetadata = ''] = markdown.split('[Original article]');
    const block = afterMetadata.split('\n\n').slice(1).join('\n\n').split('\n\n*yellow*')[0] ?? '';
    for (const line of block.split('\n')) expect(line.startsWith('>'), line).toBe(true);
    expect(readBlockQuote(block)).toBe(asMarkdownKeepsIt(text));
  });

  it('keeps a note with every special character readable as the same text', () => {
    const markdown = toMarkdown(makeArticle(), [makeAnnotation({ quote: 'q', note: ALL_TRICKY })], NOW);
    const noteBlock = markdown.split('**Note:** ')[1]?.split('\n\n*yellow*')[0] ?? '';
    expect(readEscapedMarkdown(noteBlock.split('\n'))).toBe(asMarkdownKeepsIt(ALL_TRICKY));
  });

  it('escapes Markdown syntax so nothing becomes a heading, list, link or code', () => {
    const markdown = toMarkdown(makeArticle(), [makeAnnotation({ quote: TRICKY_TEXTS.markdown })], NOW);
    expect(markdown).toContain('> \\# Not a heading\\');
    expect(markdown).toContain('> \\- not a list\\');
    expect(markdown).toContain('> 1\\. not a list\\');
    expect(markdown).toContain('\\[link\\](http://x)');
    expect(markdown).toContain('> &#32;   indented code?');
  });

  it('quotes titles and tags in the front matter so YAML reads them back exactly', () => {
    const title = `${TRICKY_TEXTS.yaml} ${TRICKY_TEXTS.controls} ${TRICKY_TEXTS.rtl} ${TRICKY_TEXTS.emoji}`;
    const markdown = toMarkdown(makeArticle({ title }), [makeAnnotation({ tags: [TRICKY_TEXTS.yaml] })], NOW);
    const front = frontMatterOf(markdown);
    expect(front.get('title')).toBe(title);
    expect(front.get('tags')).toBe(`${TRICKY_TEXTS.yaml}\n`);
    expect(markdown.split('\n---\n')[0]).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u2029]/);
  });

  it('keeps the heading on one line', () => {
    const markdown = toMarkdown(makeArticle({ title: 'Line one\nLine two' }), [], NOW);
    expect(markdown).toContain('\n# Line one Line two\n');
  });
});

describe('toMarkdownLibrary', () => {
  it('puts every article under its own heading in one file', () => {
    const second = makeArticle({ key: 'https://b.example/story-two', url: 'https://b.example/story-two', title: 'Story two', firstSeen: '2024-06-01T00:00:00.000Z' });
    const text = toMarkdownLibrary({ articles: [second, makeArticle()], annotations: [makeAnnotation({ quote: 'Q1' })] }, NOW);
    expect(text.indexOf('## Ceasefire talks resume in Cairo')).toBeLessThan(text.indexOf('## Story two'));
    expect(text).toContain('highlights: 1');
    expect(text).toContain('> Q1');
  });
});

describe('toMarkdownFiles', () => {
  it('names each file by published day and title, safely and uniquely', () => {
    const files = toMarkdownFiles(
      {
        articles: [
          makeArticle({ key: 'a', title: 'War/peace: "what" next?' }),
          makeArticle({ key: 'b', title: 'war/peace: "WHAT" next?' }),
          makeArticle({ key: 'c', title: '  ...  ', publishedTime: null }),
          makeArticle({ key: 'd', title: 'CON', publishedTime: null, firstSeen: 'garbage' }),
          makeArticle({ key: 'e', title: 'x'.repeat(300) }),
        ],
        annotations: [],
      },
      NOW,
    );
    expect(files.map((file) => file.name)).toEqual([
      '2024-05-01 War peace what next.md',
      '2024-05-01 war peace WHAT next (2).md',
      '2024-05-02 untitled.md',
      `2024-05-01 ${'x'.repeat(80)}.md`,
      'CON_.md', // sorted last: its first-seen time is not a date
    ]);
    expect(files[0]?.text).toContain('# War/peace: "what" next?');
  });
});
