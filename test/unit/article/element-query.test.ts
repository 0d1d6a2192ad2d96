import { describe, expect, it } from 'vitest';
import { closestTag, descendants, firstDescendant, hasClass, hasWord, lastDescendant } from '../../../src/article/element-query';
import { collectHints } from '../../../src/article/markup-hints';
import { page } from './helpers';

const DOC = `<html><head><meta name="a" content="1"><script>1</script></head><body>
<div id="root" itemprop="name"><p class="x FN"><span itemprop="Author  NAME" class="fn">Jane</span></p><b>b</b></div>
<article><footer id="f"><a href="/">Home</a></footer></article><button>Go</button><h2>Two</h2></body></html>`;

describe('element-query', () => {
  it('finds the first descendant in document order, never the root itself', () => {
    const doc = page(DOC);
    const root = doc.getElementById('root')!;
    expect(firstDescendant(root, (el) => hasWord(el, 'itemprop', 'name'))?.localName).toBe('span');
    expect(root.querySelector('[itemprop~="name"]')?.localName).toBe('span');
    expect(descendants(root).map((el) => el.localName)).toEqual(['p', 'span', 'b']);
  });

  it('matches attribute words without case and class names with case, as the selectors did', () => {
    const doc = page(DOC);
    const span = doc.querySelector('span')!;
    expect(hasWord(span, 'itemprop', 'name')).toBe(true);
    expect(hasWord(span, 'itemprop', 'auth')).toBe(false);
    expect(hasClass(span, 'fn')).toBe(true);
    expect(hasClass(doc.querySelector('p')!, 'fn')).toBe(false);
  });

  it('finds the last descendant of a tag in document order, as the end of getElementsByTagName, never the root itself', () => {
    const doc = page(`<div id="r"><p id="a"><span><p id="b">x</p></span></p><div><p id="c"><p id="d"></p></p></div><em><i></i></em></div>`);
    const root = doc.getElementById('r')!;
    const last = (tag: string): Element | null => { const all = root.getElementsByTagName(tag); return all.length ? all[all.length - 1]! : null; };
    for (const tag of ['p', 'span', 'div', 'em', 'i', 'nav']) expect(lastDescendant(root, tag)).toBe(last(tag));
    expect(lastDescendant(doc.getElementById('b')!, 'p')).toBeNull();
  });

  it('finds the nearest element of a tag from the element itself up', () => {
    const doc = page(DOC);
    const footer = doc.getElementById('f')!;
    expect(closestTag(footer, 'article')?.localName).toBe('article');
    expect(closestTag(footer, 'footer')).toBe(footer);
    expect(closestTag(footer, 'nav')).toBeNull();
  });
});

describe('collectHints', () => {
  it('lists the page\'s meta, script, link, footer and h1–h3 elements and counts its buttons in its one walk', () => {
    const doc = page(DOC);
    const tags = collectHints(doc).tags!;
    expect(tags.metas).toEqual([...doc.getElementsByTagName('meta')]);
    expect(tags.scripts).toEqual([...doc.getElementsByTagName('script')]);
    expect(tags.links).toEqual([...doc.getElementsByTagName('a')]);
    expect(tags.headings).toEqual([...doc.querySelectorAll('h1, h2, h3')]);
    expect(tags.footers).toEqual([...doc.getElementsByTagName('footer')]);
    expect(tags.footers).toHaveLength(1);
    const forum = page('<body><a href="/members/jane.12/">Jane</a><a href="/about">About</a><a href="/profile.php?u=7">Joe</a><a>x</a></body>');
    expect(collectHints(forum).tags!.memberLinks.map((a) => a.textContent)).toEqual(['Jane', 'Joe']);
    expect(tags.buttons).toBe(1);
  });
});
