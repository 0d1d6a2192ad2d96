// Generators of broken and hostile pages for the robustness tests and `scripts/bench-robustness.ts`:
// deep nesting, huge flat DOMs, shadow DOM, iframes, contenteditable, DOM clobbering, text from every
// Unicode category, and scripts that redefine globals and prototypes. Each page is HTML plus an optional
// `build` step that does in the live document what HTML cannot say (shadow roots, very deep trees).
import fc from 'fast-check';

export interface HostilePage {
  /** A short name of what makes the page hostile, for failure reports. */
  kind: string;
  html: string;
  /** Runs on the parsed document (shadow roots, trees too deep for the HTML parser). */
  build?: (doc: Document) => void;
}

/** One character from each Unicode general category, plus the ones that break naive code. */
const ODD_CHARS = [
  'a', 'Ж', 'ǅ', 'ʰ', 'ꙮ', '\u0301', '\u0903', '\u20DD', '٣', 'Ⅻ', '½', '_', '-', '(', ')', '«', '»', '!', '+', '$', '^', '©',
  ' ', '\u2028', '\u2029', '\u0000', '\u200B', '\u200D', '\u00AD', '\uFEFF', '\u202E', '\uD800', '\uDFFF', '\uE000', '𝔸', '👩‍👩‍👧', '\u{10FFFF}', '\t', '\r', '\n',
];

/** Text with characters of every Unicode category, lone surrogates and controls included. */
export const oddText = fc.array(fc.oneof(fc.constantFrom(...ODD_CHARS), fc.string({ unit: 'binary', maxLength: 6 }), fc.lorem({ maxCount: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TAGS = ['div', 'p', 'span', 'article', 'section', 'main', 'aside', 'nav', 'header', 'footer', 'h1', 'h2', 'a', 'b', 'em', 'li', 'ul', 'table', 'td', 'tr', 'pre', 'figure', 'time', 'blockquote', 'form', 'svg', 'math', 'template', 'noscript', 'iframe', 'textarea', 'select', 'script', 'style', 'object'];
/** Names that clobber DOM properties when used as id/name (forms shadow even Node.prototype members). */
const CLOBBER_NAMES = ['attributes', 'nodeType', 'nodeName', 'tagName', 'parentNode', 'childNodes', 'children', 'textContent', 'getAttribute', 'querySelector', 'body', 'title', 'length', 'constructor', '__proto__', 'toString', 'innerText', 'ownerDocument'];
const ATTRS = ['class', 'id', 'name', 'itemprop', 'rel', 'content', 'property', 'hidden', 'contenteditable', 'dir', 'lang', 'datetime', 'role', 'aria-hidden', 'style'];

/** Random well- and ill-formed markup: unclosed tags, stray end tags, odd attributes and text. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddText.map(escape),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...CLOBBER_NAMES), oddText)), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, kids, close]) => `<${tag}${attrs.map(([k, v]) => ` ${k}="${escape(v)}"`).join('')}>${kids.join('')}${close ? `</${tag}>` : ''}`),
    fc.constantFrom('</div>', '</p></p>', '<p', '<!--', ']]>', '<![CDATA[x]]>', '<a href="javascript:alert(1)">x</a>', '<meta property="og:url" content="::::">', '<link rel="canonical" href="http://[::1">'),
  ),
})).node;

/** A whole random document: head metadata (sometimes absurd) and a random body. */
const randomPage: fc.Arbitrary<HostilePage> = fc
  .tuple(oddText, fc.array(markup, { maxLength: 8 }), fc.constantFrom('', '<!doctype html>', '<?xml version="1.0"?>'), oddText)
  .map(([title, body, doctype, meta]) => ({
    kind: 'random',
    html: `${doctype}<html><head><title>${escape(title)}</title><meta name="author" content="${escape(meta)}"><script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(meta)},"author":{"@id":"x"},"@graph":[[[[]]]]}</script></head><body>${body.join('')}</body></html>`,
  }));

/** Elements nested `depth` levels deep, built in the DOM (the HTML parser caps nesting). */
export function deepPage(depth: number, tag = 'div'): HostilePage {
  return {
    kind: `deep-${depth}`,
    html: '<!doctype html><html><head><title>Deep</title></head><body><article id="root"></article></body></html>',
    build(doc) {
      let at: Element = doc.getElementById('root')!;
      for (let i = 0; i < depth; i++) {
        const next = doc.createElement(tag);
        if (i % 50 === 0) next.append(`Level ${i} of a very deep page, with a sentence to read. `);
        at.append(next);
        at = next;
      }
      at.append('The innermost paragraph of the very deep page, still an ordinary sentence.');
    },
  };
}

/** A flat page with `count` paragraphs: a huge DOM. */
export function hugePage(count: number): HostilePage {
  const paragraph = (i: number) => `<p>Paragraph ${i}: the council met again to talk about the harbour, the ferry and the budget for next year.</p>`;
  return { kind: `huge-${count}`, html: `<!doctype html><html><head><title>Huge</title></head><body><article>${Array.from({ length: count }, (_, i) => paragraph(i)).join('')}</article></body></html>` };
}

/** Text inside open and closed shadow roots, iframes (srcdoc) and contenteditable regions. */
const componentPage: fc.Arbitrary<HostilePage> = fc.tuple(oddText, fc.integer({ min: 1, max: 20 }), fc.boolean()).map(([text, n, closed]) => ({
  kind: 'components',
  html: `<!doctype html><html><head><title>Components</title></head><body><article contenteditable="true"><h1>${escape(text)}</h1><div id="host"></div><iframe srcdoc="<p>${escape(escape(text))}</p>"></iframe><div contenteditable="plaintext-only">${escape(text)}</div></article></body></html>`,
  build(doc) {
    let host: Element = doc.getElementById('host')!;
    for (let i = 0; i < n; i++) {
      const root = host.attachShadow({ mode: closed ? 'closed' : 'open' });
      const p = doc.createElement('p');
      p.textContent = `${text} shadow ${i}`;
      const inner = doc.createElement('div');
      root.append(p, inner);
      host = inner;
    }
  },
}));

/** Scripts a hostile page runs before the extension looks at it: they break built-ins the detector may use. */
export const SABOTAGE_SCRIPTS: Record<string, string> = {
  textContent: `Object.defineProperty(Node.prototype, 'textContent', { get() { throw new Error('no textContent for you'); } });`,
  arrayMap: `Array.prototype.map = function () { throw new Error('map is gone'); }; Array.prototype.filter = null;`,
  querySelector: `Document.prototype.querySelector = () => { throw new Error('qs'); }; Element.prototype.querySelectorAll = () => 42;`,
  getAttribute: `Element.prototype.getAttribute = function () { return { toString() { throw new Error('attr'); } }; };`,
  children: `Object.defineProperty(Element.prototype, 'children', { get() { return null; } }); Object.defineProperty(Node.prototype, 'childNodes', { get() { return { length: Infinity }; } });`,
  treeWalker: `Document.prototype.createTreeWalker = () => ({ nextNode() { return null; }, currentNode: null });`,
  json: `JSON.parse = () => { throw new Error('json'); }; window.URL = function () { throw new Error('url'); };`,
  computedStyle: `window.getComputedStyle = () => { throw new Error('style'); };`,
  loopingGetter: `Object.defineProperty(Node.prototype, 'parentNode', { get() { return this; } });`,
};

/** A story page whose inline script runs one sabotage (the DOM must be parsed with scripts enabled). */
export function sabotagedPage(name: string): HostilePage {
  return {
    kind: `sabotage-${name}`,
    html: `<!doctype html><html><head><title>Sabotaged</title><meta name="author" content="A. Writer"><script>${SABOTAGE_SCRIPTS[name]}</script></head><body><article><h1>A story on a hostile page</h1><p>The council met on Tuesday to discuss the harbour ferry and its timetable.</p><p>Officials said the vote would come next month, after a public hearing.</p></article></body></html>`,
  };
}

/** Every kind of generated page, weighted so each kind shows up in a few hundred runs; deep and huge
 * pages up to the given sizes (jsdom builds them slowly: 5,000 levels take it 6 s). */
export function hostilePageUpTo(limits: { depth: number; paragraphs: number }): fc.Arbitrary<HostilePage> {
  return fc.oneof(
    { arbitrary: randomPage, weight: 6 },
    { arbitrary: componentPage, weight: 2 },
    { arbitrary: fc.integer({ min: 50, max: limits.depth }).map((d) => deepPage(d)), weight: 1 },
    { arbitrary: fc.integer({ min: 100, max: limits.paragraphs }).map(hugePage), weight: 1 },
    { arbitrary: fc.constantFrom(...Object.keys(SABOTAGE_SCRIPTS)).map(sabotagedPage), weight: 1 },
  );
}

/** The default mix: bigger ones are tested one by one. */
export const hostilePage = hostilePageUpTo({ depth: 600, paragraphs: 1_000 });
