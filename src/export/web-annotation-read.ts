// One checked W3C annotation to our record: text selectors from its target, the note and tags from its bodies,
// the colour from its style class. Annotations that do not point into text have no place in a text annotator.
import { type Annotation, type ColorName, COLOR_NAMES } from '../shared/model';
import type { Selector } from '../anchoring/types';
import { articleIdentity } from '../url';
import { contentId, idFromIri, isIri } from './web-annotation-ids';
import { valuesOf } from './web-annotation-check';
import { isPlainObject } from './validation';

type JsonObject = Record<string, unknown>;
const DEFAULT_COLOR: ColorName = 'yellow';
/** Selector format version our anchoring reads (the one the extension writes). */
const SELECTOR_VERSION = 1;

export type ReadResult = { ok: true; annotation: Annotation; sourceUrl: string } | { ok: false; reason: string };

/** Our annotation for a W3C annotation that passed `webAnnotationProblems`, or why it does not fit. */
export function readWebAnnotation(web: JsonObject, now: Date): ReadResult {
  const target = valuesOf(web.target).find((t) => isPlainObject(t) && textSelectorsOf(t).length > 0) as JsonObject | undefined;
  if (!target) return { ok: false, reason: 'does not target text (no TextQuoteSelector or TextPositionSelector)' };
  const sourceUrl = sourceOf(target);
  if (!sourceUrl) return { ok: false, reason: 'its target has no source address' };
  const selectors = textSelectorsOf(target);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const created = firstString(web.created) ?? now.toISOString();
  const { note, tags } = notesAndTags(web);
  const id = firstString(web.id);
  return {
    ok: true,
    sourceUrl,
    annotation: {
      id: id ? idFromIri(id) : contentId(JSON.stringify([sourceUrl, selectors, created, note])),
      articleKey: articleIdentity(sourceUrl, {}).key, // the key the extension would give that page (AMP copies too)
      created,
      modified: firstString(web.modified) ?? created,
      color: colorOf(target),
      note,
      tags,
      quote: quote?.type === 'TextQuoteSelector' ? quote.exact : '',
      selectors,
      selectorVersion: SELECTOR_VERSION,
    },
  };
}

/** Text selectors of a target, including those refining another selector (a fragment, a CSS selector). */
function textSelectorsOf(target: JsonObject): Selector[] {
  const found: Selector[] = [];
  const pending = [...valuesOf(target.selector)];
  while (pending.length > 0) {
    const selector = pending.shift();
    if (!isPlainObject(selector)) continue;
    if (selector.type === 'TextQuoteSelector' && typeof selector.exact === 'string') {
      found.push({
        type: 'TextQuoteSelector', exact: selector.exact,
        ...(typeof selector.prefix === 'string' ? { prefix: selector.prefix } : {}),
        ...(typeof selector.suffix === 'string' ? { suffix: selector.suffix } : {}),
      });
    } else if (selector.type === 'TextPositionSelector') {
      found.push({ type: 'TextPositionSelector', start: selector.start as number, end: selector.end as number });
    }
    pending.push(...valuesOf(selector.refinedBy));
  }
  return found;
}

function sourceOf(target: JsonObject): string | null {
  const source = isPlainObject(target.source) ? target.source.id : target.source;
  return isIri(source) ? source : null;
}

/** Notes from textual bodies (and addresses of external ones, so nothing is silently lost); tags from tagging. */
function notesAndTags(web: JsonObject): { note: string; tags: string[] } {
  const notes: string[] = typeof web.bodyValue === 'string' ? [web.bodyValue] : [];
  const tags: string[] = [];
  for (const raw of valuesOf(web.body)) {
    // A Choice offers alternatives of one body: its first item stands for it.
    const body = isPlainObject(raw) && valuesOf(raw.type).includes('Choice') ? valuesOf(raw.items)[0] : raw;
    const tagging = isPlainObject(body) && valuesOf(body.purpose).includes('tagging');
    const text = textOf(body);
    if (text === null) continue;
    if (tagging) tags.push(text);
    else notes.push(text);
  }
  return { note: notes.join('\n\n'), tags };
}

function textOf(body: unknown): string | null {
  if (typeof body === 'string') return body;
  if (!isPlainObject(body)) return null;
  if (typeof body.value === 'string') return body.value;
  return firstString(body.id) ?? firstString(isPlainObject(body.source) ? body.source.id : body.source) ?? null;
}

function colorOf(target: JsonObject): ColorName {
  for (const styleClass of valuesOf(target.styleClass)) {
    const name = typeof styleClass === 'string' ? styleClass.replace(/^marginalia-/, '') : '';
    if ((COLOR_NAMES as readonly string[]).includes(name)) return name as ColorName;
  }
  return DEFAULT_COLOR;
}

function firstString(value: unknown): string | undefined {
  const first = valuesOf(value)[0];
  return typeof first === 'string' ? first : undefined;
}
