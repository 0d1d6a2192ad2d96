// File names from titles: safe on Windows, macOS and Linux, readable, and unique within one export.
import type { ArticleRecord } from '../shared/model';
import { dayOf, titleOf } from './snapshot';
import { singleLine } from './text-safety';

/** Long enough to read a headline, short enough for Windows' 260-character paths with a folder in front. */
const MAX_TITLE_CHARACTERS = 80;
/** Forbidden on Windows (and `/` everywhere), plus controls. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
/** Names Windows reserves whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "2024-05-01 Title of the article.md": the published day (else the first-seen day) and the title. */
export function articleFileName(article: ArticleRecord, extension: string): string {
  const day = dayOf(article.publishedTime) ?? dayOf(article.firstSeen);
  const title = safeFileStem(titleOf(article));
  return `${day ? `${day} ` : ''}${title}.${extension}`;
}

/** A title made safe as a file name (without extension). */
export function safeFileStem(title: string): string {
  const cleaned = singleLine(title.replace(FORBIDDEN, ' '));
  const shortened = shortenAtWord(cleaned).replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (shortened === '') return 'untitled';
  return WINDOWS_RESERVED.test(shortened) ? `${shortened}_` : shortened;
}

/** At most MAX_TITLE_CHARACTERS characters (code points, so no emoji is cut in half), ending on a whole word. */
function shortenAtWord(text: string): string {
  const characters = [...text];
  if (characters.length <= MAX_TITLE_CHARACTERS) return text;
  const cut = characters.slice(0, MAX_TITLE_CHARACTERS).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut;
}

/** Makes names unique case-insensitively (file systems that ignore case): "a.md", "a (2).md", … */
export function uniqueFileNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
