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

/** The element a path names under root, or null when the page no longer has it. */
export function elementFromPath(root: Element, path: string): Element | null {
  let node: Element = root;
  for (const step of path.split('/')) {
    if (step === '' || step === '.') continue;
    const m = STEP.exec(step);
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    let left = Number(m[2]);
    let found: Element | null = null;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (nameOf(child) === name && --left === 0) {
        found = child;
        break;
      }
    }
    if (!found) return null;
    node = found;
  }
  return node;
}
