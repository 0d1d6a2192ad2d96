// How the page speaks: a business addressing customers ("our team", "contact us", "get a free quote") or a
// headline that announces an explainer ("How much does…?", "The beginner's guide to…"). Both are English
// wording: on pages in other languages neither fires, so they leave those pages as the other signals decide.

/** Phrases of a business speaking for itself to a customer: its team and services, what "we" offer, and calls to
 * action. Reporting and guides quote such phrases now and then; service and shop pages are written in them. */
const COMMERCIAL_PHRASE =
  /\b(our (team|teams|clients|customers|services|experts|company|products|solutions|technicians|staff|specialists|consultants|professionals|agency|firm|platform|software|approach|expertise)|we(['\u2019]re| are) (a|an|the|your) |we (offer|provide|help|specialize|specialise|deliver|serve|work with|build|design|create|can help|partner)|contact us|get in touch|free (quote|consultation|estimate|trial|demo)|request an? (quote|demo|consultation|estimate|call)|(book|schedule) an? (call|demo|consultation|appointment)|call us|get started|why choose)\b/gi;

/** At least this many commercial phrases in the story text: one or two are a story's closing plug. */
export const MIN_COMMERCIAL_PHRASES = 3;
/** And at least this many per 1,000 story words (one in 250): a long guide on a company blog may hold a few in thousands of words. */
export const COMMERCIAL_PER_THOUSAND = 4;

/** Verbs of reporting and attribution: a story quoting people ("officials said") is reporting on a business, not speaking for one. */
const REPORTING_VERB = /\b(said|says|told|according to|reported|wrote)\b/gi;
/** More reporting verbs than this and the commercial wording is quoted, not spoken (one may be a testimonial). */
export const MAX_REPORTING_VERBS = 1;

/** Headlines of explainers and guides: a question ("How much is…?", "What is…"), a guide, tips, steps, a checklist, a
 * comparison, or a numbered list ("10 easy steps…"). Service and shop pages are titled by what they sell ("Local SEO Tools"). */
const EXPLAINER_TITLE =
  /^(how|what|why|when|where|which|who|is|are|can|do|does|should)\b|\?\s*$|\b(guide|tips|checklist|explained|ways to|steps|vs\.?|versus)\b|^\d+\s+\w/i;

/** Words of a headline, an apostrophe's ending kept with its word ("What's"). */
const TITLE_WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
/** An explainer's headline names what it explains; a title of one or two words is a page's name ("What's on", "Why us?"). */
export const MIN_EXPLAINER_WORDS = 3;

/** Commercial phrases in the text. */
export function countCommercialPhrases(text: string): number {
  return text.match(COMMERCIAL_PHRASE)?.length ?? 0;
}

/** Whether the story text speaks as a business to its customers, densely enough for a service or shop page, and reports nobody's words. */
export function speaksCommercially(text: string, words: number): boolean {
  const n = countCommercialPhrases(text);
  if (n < MIN_COMMERCIAL_PHRASES || (text.match(REPORTING_VERB)?.length ?? 0) > MAX_REPORTING_VERBS) return false;
  return (n * 1000) / Math.max(1, words) >= COMMERCIAL_PER_THOUSAND;
}

/** Whether the title reads as the headline of an explainer or guide. */
export function isExplainerTitle(title: string | null | undefined): boolean {
  return EXPLAINER_TITLE.test(title ?? '') && (title!.match(TITLE_WORD)?.length ?? 0) >= MIN_EXPLAINER_WORDS;
}
