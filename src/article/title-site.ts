// The site's name as the <title> carries it ("Storm leaves thousands without power - Coastal Daily News"),
// for pages that declare no name: what is left of the <title> once the headline is taken off one end.

import { TITLE_SEPARATORS } from './heuristics';
import { foldWords } from './text';

/** The separators the title code strips site names at (heuristics.ts), every one of them. */
const TITLE_SEPARATOR = new RegExp(TITLE_SEPARATORS.source, 'g');
/** Chinese and Japanese titles also set the site off with an underscore or a full-width colon, spaces or none ("头条_城市_京报网",
 * "見出し：東京新報"): read as separators only in a title of those scripts, where "_" and "：" do not join words. */
const CJK_TITLE_SEPARATOR = new RegExp(`${TITLE_SEPARATORS.source}|\\s*[_：]\\s*`, 'g');
const CJK_TITLE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** A site's name is short; a longer remainder is a subtitle or a section path. */
const MAX_SITE_WORDS = 6;
const MAX_SITE_CHARS = 60;
/** A page or part number after the headline ("… - Page 2") is pagination, not a name. */
const PAGINATION = /^(?:page|part|p\.|seite|página|pagina)?\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i;

/** The site's name the document's title sets off from the headline, or null when the title is not the headline and one short name. */
export function siteNameFromTitle(docTitle: string | null, headline: string | null): string | null {
  if (!docTitle || !headline) return null;
  const head = foldWords(headline);
  if (!head) return null;
  const cjk = CJK_TITLE.test(docTitle);
  const seps = [...docTitle.matchAll(cjk ? CJK_TITLE_SEPARATOR : TITLE_SEPARATOR)];
  if (!seps.length) return null;
  // The headline first and the name after the last separator, or the name before the first separator and the headline after it;
  // or, in a Chinese or Japanese title of three parts or more, the headline first, its sections, then the name ("头条_城市_京报网": a
  // middle part elsewhere may be a page number, "Headline - Page 1 - Forum").
  const last = seps[seps.length - 1]!;
  const first = seps[0]!;
  const candidates: [string, string][] = [
    [docTitle.slice(0, last.index), docTitle.slice(last.index! + last[0].length)],
    [docTitle.slice(first.index! + first[0].length), docTitle.slice(0, first.index)],
  ];
  if (cjk && seps.length > 1) candidates.push([docTitle.slice(0, first.index), docTitle.slice(last.index! + last[0].length)]);
  for (const [rest, name] of candidates) {
    const site = name.trim();
    if (foldWords(rest) !== head || !site || foldWords(site) === head) continue;
    if (PAGINATION.test(site)) continue;
    if (site.length <= MAX_SITE_CHARS && site.split(/\s+/).length <= MAX_SITE_WORDS) return site;
  }
  return null;
}
