// Recognizes the lines of a writer's bio card and signature among the body's lines, from the writer names the metadata
// found: the name alone, a paragraph opening with the name and a verb of biography, "– Jane Doe", "Por Ana Souza".

import { BIO_VERBS } from './heuristics';
import { foldSpace } from './text';
import { BYLINE_PREFIX, CJK_BYLINE, CJK_TITLE_AFTER } from './byline-rules';
import { MAX_BYLINE_CHARS } from './author-marks';

/** A given name as people write it: a capital, then lower-case letters ("Jane", "Ólafur", "Jean-Luc"), not an acronym. */
const PERSONAL_NAME = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u;
/** A bio card also tells how its writer began ("Jane founded the studio in 2014", "Jane Doe studied journalism at …"), besides what
 * they are and do. */
const BIO_ORIGIN_VERBS = 'founded|started|studied';

/** Titles written before a name in a bio ("Dr. Jane Doe is a veterinarian …"). */
const BIO_TITLE = '(?:dr|prof|mr|mrs|ms)\\.?';
const BIO_TITLE_CASED = '(?:Dr|Prof|Mr|Mrs|Ms)\\.?';

/** A job title set on its own line above the writer's bio ("Associate Editor", "Editor, Running Reviews"). */
export const JOB_TITLE_LINE = /^(?=.{1,60}$)[^.!?]*\b(editor|writer|reporter|correspondent|contributor|columnist|journalist|producer|founder)\b[^.!?]*$/i;

/** A verb of biography after a space, as the bio patterns below require it: with the same flags as each pattern ('iu' for the opening,
 * 'u' for the later one), so that a line either pattern matches passes one of these (\b differs between the two flag sets). */
const BIO_VERB_FOLDED = new RegExp(` (${BIO_VERBS}|${BIO_ORIGIN_VERBS})\\b`, 'iu');
const BIO_VERB_CASED = new RegExp(` (${BIO_VERBS}|${BIO_ORIGIN_VERBS})\\b`, 'u');
/** The greeting that may open a bio (see bioLine), with the opening pattern's flags. */
const BIO_GREETING = /^(hi|hello|hey)/iu;
/** How a signature line opens (see bioLine), with the signature pattern's flags. */
const SIGNATURE_MAY_OPEN = /^([-–—~]|(written |posted )?by)/iu;
/** A bullet between a byline's parts: the name, then its age and reading time. */
const BYLINE_BULLET = /\s+[•·]\s+/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lines of an author's bio: the name alone, or a paragraph opening with the name (or first name) and a verb of biography. The
 * name may follow a title ("Dr."), a short phrase set before it ("A New York transplant, Jane Doe has …") or a greeting ("Hi
 * there! I'm Jane, and I started this blog …"), come with up to two short phrases in commas after it ("Jane Doe, Editor, Running
 * Reviews, studied …"), and give a different or nicknamed given name before the writer's family name ("Janet (Jane) Doe is …").
 * `signature`: the name signed under the story ("– Jane Doe", "Written by Jane Doe").
 */
export function bioLine(authors: string[]): { bio: (line: string) => boolean; signature: (line: string) => boolean } | null {
  const names = authors.map((a) => foldSpace(a)).filter((a) => a.length > 3);
  if (!names.length) return null;
  // A first name alone opens a bio only for a person's name ("Jane Doe"), not a brand's ("QCY Official": "QCY is …" is the story's).
  const people = names.filter((n) => n.includes(' ') && PERSONAL_NAME.test(n.split(' ')[0]!));
  const firsts = people.map((n) => n.split(' ')[0]!).filter((n) => n.length > 2);
  const families = people.map((n) => n.split(' ').pop()!).filter((n) => n.length > 2 && PERSONAL_NAME.test(n));
  const whole = names.map(escape).join('|');
  const any = [...names, ...firsts].map(escape).join('|');
  const verbs = `(${BIO_VERBS}|${BIO_ORIGIN_VERBS})\\b`;
  const greeting = firsts.length ? `|^(hi|hello|hey)( there| everyone| friends| all)?[!,.]* (i['’]?m|i am|my name is) (${firsts.map(escape).join('|')})\\b` : '';
  const family = families.length ? `|(\\p{Lu}[\\p{L}'’.-]*\\s+(\\([^)]{1,20}\\)\\s+)?){1,2}(${families.map(escape).join('|')})` : '';
  // The regexes are built on the first line that passes a cheap test that every match passes (the length bound, BIO_VERB_FOLDED,
  // BIO_VERB_CASED, BIO_GREETING; SIGNATURE_MAY_OPEN): compiling them per page costs more than the tests on most pages' lines.
  let bioRes: { opening: RegExp; later: RegExp } | null = null;
  let signatureOf: RegExp | null = null;
  // A line that is a whole name holds one code point per code point of the name (the pattern is literal), so at most two UTF-16 units each.
  const maxWhole = 2 * Math.max(...names.map((n) => n.length));
  const bio = (line: string): boolean => {
    if (line.length > maxWhole && !BIO_VERB_FOLDED.test(line) && !BIO_VERB_CASED.test(line) && !BIO_GREETING.test(line)) return false;
    bioRes ??= {
      // A bio may be set in parentheses after the story ("(Jane Doe is an attorney at …)"), or as a footnote marked with an asterisk
      // ("*Jane Doe, MD, is …"), and give the writer's title ("Dr. Jane Doe is …").
      opening: new RegExp(`^(${whole})$|^[(*†]?(${BIO_TITLE} )?(${any})(,[^,]{1,40}){0,2},? ${verbs}${greeting}`, 'iu'),
      // The whole name after a short phrase, or any given names (a nickname in parentheses among them) before the writer's family name:
      // matched with the case as written, as capitals tell the names.
      later: new RegExp(`^([^.,!?]{1,80}, )?(${BIO_TITLE_CASED} )?(${whole}${family})(,[^,]{1,40}){0,2},? ${verbs}`, 'u'),
    };
    return bioRes.opening.test(line) || bioRes.later.test(line);
  };
  // A signature under the story's last paragraph ("– Jane Doe", "Written by Jane Doe"); between paragraphs it may sign a quoted letter.
  const signatureRe = (): RegExp => (signatureOf ??= new RegExp(`^([-–—~]\\s*|(written |posted )?by:?\\s+)(${whole})$`, 'iu'));
  // A byline labelled in any language ("Por Ana Souza", "Autor: Jan Novák"), also with its age or reading time after a bullet
  // ("Story by Jane Doe • 7h • 3 min read"), when what the label leads to is exactly a writer's name, as the English line above.
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const labelled = (line: string): boolean => {
    const label = line.length <= MAX_BYLINE_CHARS ? BYLINE_PREFIX.exec(line) : null;
    return !!label && wanted.has(line.slice(label[0].length).split(BYLINE_BULLET)[0]!.trim().toLowerCase());
  };
  const signature = (line: string): boolean => (SIGNATURE_MAY_OPEN.test(line) && signatureRe().test(line)) || labelled(line);
  return { bio, signature };
}

/** A CJK signature line holds one of these scripts' characters and is short. */
const CJK_CHAR = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
const MAX_CJK_SIGNATURE_CHARS = 80;

/** Whether `line` signs the story with one of `authors` as Japanese, Chinese and Korean papers sign under it: the writer's
 * credit in brackets ("（文：山田太郎）") or the name, the title "reporter" and the reporter's e-mail ("홍길동 기자 gildong@example.kr"). */
export function cjkSignature(line: string, authors: string[]): boolean {
  if (!authors.length || line.length > MAX_CJK_SIGNATURE_CHARS || !CJK_CHAR.test(line)) return false;
  const name = (CJK_BYLINE.exec(line) ?? CJK_TITLE_AFTER.exec(line))?.[1]?.trim();
  return !!name && authors.includes(name);
}
