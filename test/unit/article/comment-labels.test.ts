// Small pages whose templates name nothing in their classes (hashed or utility classes, as CSS modules and styled components
// write them), so only the comment thread's own label says where the story ends.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

const comments = `<div class="x8f2a1c"><p class="x0b9e3d">I dislike how the council handled this. They should have asked the residents first before deciding anything about the budget at all, and the next meeting should be held in the evening so that working people can come.</p>
  <div class="x77a0f1">Posted by: John at December 18, 2025 05:48 PM</div>
  <p class="x0b9e3d">Management by abdication is a dangerous path, and the minutes of the meeting show it plainly for anyone who cares to read them, from the first item on the agenda to the very last vote of the night.</p></div>`;

const story = (middle: string, top = ''): Document => page(`<!doctype html><html lang="en"><head><title>Council agrees to review the budget</title></head>
  <body><div class="xa1b2c3"><h1 class="x5d6e7f">Council agrees to review the budget</h1>${top}
  ${storyParagraphs(6)}
  ${middle}
  ${comments}</div></body></html>`);

const text = (d: Document): string => detectArticle(d).text ?? '';

describe('a comment thread known by its label alone', () => {
  it('ends the story at a WordPress-style count heading ("15 Replies to “Title”")', () => {
    const d = story('<h2 class="x1f1f1f">15 Replies to “Council agrees to review the budget”</h2>');
    expect(text(d)).toContain('Paragraph 6:');
    expect(text(d)).not.toContain('Management by abdication');
  });

  it('ends the story at "3 thoughts on “Title”" and "One thought on …" headings', () => {
    for (const label of ['3 thoughts on “Council agrees to review the budget”', 'One thought on “Council agrees”']) {
      expect(text(story(`<h3>${label}</h3>`))).not.toContain('Management by abdication');
    }
  });

  it('ends the story at a plain line of its own that says "Comments" after the prose', () => {
    const d = story('<div class="x3c3c3c"><a name="comments"></a>Comments</div>');
    expect(text(d)).toContain('Paragraph 6:');
    expect(text(d)).not.toContain('I dislike how the council');
  });

  it('keeps the story under a comment counter set as a line above it ("12 Comments" under the headline)', () => {
    const d = story('<div class="x3c3c3c">Comments</div>', '<div class="x9d9d9d">12 Comments</div>');
    expect(text(d)).toContain('Paragraph 1:');
    expect(text(d)).toContain('Paragraph 6:');
  });

  it('keeps a research summary\'s "Discussion" section: a paper\'s part, not a thread', () => {
    const d = story(`<h2>Discussion</h2><p>The findings suggest that residents who attended the meetings were far more likely to support the revised budget than those who did not.</p>`);
    expect(text(d)).toContain('The findings suggest');
  });
});
