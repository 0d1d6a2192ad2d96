// Properties over generated pages: a highlight comes back exactly on the unchanged page, and after
// a paragraph is inserted above it is found at its new place or orphaned, never anywhere else.
import { describe as spec, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { anchor, describe } from '../../../src/anchoring/index';
import { JSDOM } from 'jsdom';

// jsdom pages on a loaded 2-CPU machine: the first test of a file also pays for starting jsdom.
vi.setConfig({ testTimeout: 30_000 });

// One document for all runs (a JSDOM per run would exhaust memory over thousands of runs).
const shared = new JSDOM('<!doctype html><body></body>').window.document;
function page(html: string): { root: Element } {
  shared.body.innerHTML = html;
  return { root: shared.body };
}

// A small vocabulary makes repeated phrases common, which is what could mislead an anchor.
/** More runs on demand: FC_RUNS=5000 npx vitest ... */
const RUNS = Number(process.env.FC_RUNS ?? 150);
const TIMEOUT = 60_000 + RUNS * 200;
const WORDS = ['the', 'council', 'said', 'plan', 'new', 'budget', 'city', 'would', 'a', 'of', 'to', 'and', 'mayor', 'year', 'school', 'pay'];
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 25 }).map((ws) => ws.join(' ') + '.');
const article = fc.array(paragraph, { minLength: 2, maxLength: 8 });

/** A range over words [from, to] of the page, found by walking its text nodes. */
function wordRange(root: Element, from: number, to: number): { range: Range; start: number; end: number } {
  const text = root.textContent!;
  const words = [...text.matchAll(/[^\s.]+/g)];
  const a = words[Math.min(from, words.length - 1)]!;
  const b = words[Math.min(Math.max(from, to), words.length - 1)]!;
  const start = a.index!;
  const end = b.index! + b[0].length;
  const nodes = [...root.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const range = root.ownerDocument.createRange();
  let offset = 0;
  for (const n of nodes) {
    const len = n.data.length;
    if (start >= offset && start < offset + len) range.setStart(n, start - offset);
    if (end > offset && end <= offset + len) range.setEnd(n, end - offset);
    offset += len;
  }
  return { range, start, end };
}

function offsetsOf(root: Element, range: Range): [number, number] {
  const pre = root.ownerDocument.createRange();
  pre.selectNodeContents(root);
  pre.setEnd(range.startContainer, range.startOffset);
  const start = pre.toString().length;
  return [start, start + range.toString().length];
}

spec('anchor properties', () => {
  it('round trip: describe then anchor on the unchanged page gives the same range, exactly', () => {
    fc.assert(
      fc.property(article, fc.nat(200), fc.nat(12), (paras, from, len) => {
        const { root } = page(paras.map((p) => `<p>${p}</p>`).join(''));
        const { range, start, end } = wordRange(root, from % 60, (from % 60) + len);
        const result = anchor(root, describe(root, range));
        expect(result.status).toBe('anchored');
        if (result.status === 'anchored') {
          expect(offsetsOf(root, result.range)).toEqual([start, end]);
          expect(result.quality).toBe('exact');
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('after a paragraph is inserted above: the same words at their new place, or orphaned, never elsewhere', () => {
    fc.assert(
      fc.property(article, paragraph, fc.nat(200), fc.nat(12), (paras, extra, from, len) => {
        const { root } = page(paras.map((p) => `<p>${p}</p>`).join(''));
        const { range, start, end } = wordRange(root, from % 60, (from % 60) + len);
        const selectors = describe(root, range);
        const inserted = root.ownerDocument.createElement('p');
        inserted.textContent = extra;
        root.prepend(inserted);
        const result = anchor(root, selectors);
        if (result.status === 'anchored') expect(offsetsOf(root, result.range)).toEqual([start + extra.length, end + extra.length]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('after the highlighted paragraph is deleted, it is orphaned unless that exact text and context remain', () => {
    fc.assert(
      fc.property(article, fc.nat(200), fc.nat(12), (paras, from, len) => {
        const { root } = page(paras.map((p) => `<p>${p}</p>`).join(''));
        const { range } = wordRange(root, from % 60, (from % 60) + len);
        const selectors = describe(root, range);
        const quote = range.toString();
        const paragraphOf = (range.startContainer as Text).parentElement!;
        if (paragraphOf !== (range.endContainer as Text).parentElement) return;
        paragraphOf.remove();
        const result = anchor(root, selectors);
        if (result.status === 'anchored') {
          // Only acceptable when the page still holds the quote verbatim with most of its context.
          expect(result.range.toString()).toBe(quote);
          expect(result.score).toBeGreaterThanOrEqual(0.5);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
