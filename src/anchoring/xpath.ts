// An XPath-like element path relative to a root ("/div[2]/p[3]"): one step per element, the
// element's lower-case name and its 1-based position among same-named siblings. The empty path is
// the root itself. Used by the structural selector; resolving never throws, it returns null.

const STEP = /^([^\[\]\/]+)\[(\d+)\]$/;

function nameOf(el: Element): string {
  return el.localName.toLowerCase();
}

/** The path from root down to el, or null when el is not inside root. */
export function pathFromElement(root: Element, el: Element): string | null {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node !== root) {
    const name = nameOf(node);
    let position = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (nameOf(sib) === name) position++;
    }
    steps.push(`${name}[${position}]`);
    node = node.parentElement;
  }
  if (node !== root) return null;
  return steps.length ? '/' + steps.reverse().join('/') : '';
}

/** Resolves paths under root, remembering each element's children by name and every path resolved: the
 * highlights of one page mostly sit in the same few paragraphs, and a long article's container can hold
 * hundreds of children, so scanning siblings once per step of each highlight adds up. Valid until the
 * DOM under root changes. Resolving never throws; a path the page no longer has gives null. */
export function pathResolver(root: Element): (path: string) => Element | null {
  const children = new Map<Element, Map<string, Element[]>>();
  const resolved = new Map<string, Element | null>();
  const named = (parent: Element, name: string): Element[] => {
    let groups = children.get(parent);
    if (!groups) {
      groups = new Map();
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        const n = nameOf(child);
        const group = groups.get(n);
        if (group) group.push(child);
        else groups.set(n, [child]);
      }
      children.set(parent, groups);
    }
    return groups.get(name) ?? [];
  };
  return (path) => {
    const known = resolved.get(path);
    if (known !== undefined) return known;
    let node: Element | null = root;
    for (const step of path.split('/')) {
      if (step === '' || step === '.') continue;
      const m = STEP.exec(step);
      node = m ? (named(node, m[1]!.toLowerCase())[Number(m[2]) - 1] ?? null) : null;
      if (!node) break;
    }
    resolved.set(path, node);
    return node;
  };
}

/** The element a path names under root, or null when the page no longer has it. */
export function elementFromPath(root: Element, path: string): Element | null {
  return pathResolver(root)(path);
}
