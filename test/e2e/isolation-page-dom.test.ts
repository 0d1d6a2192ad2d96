// What the page can see of the reader's notes: nothing. After a highlight, a note typed in the in-page
// editor and a tag, the page's own scripts search everything they can read (its DOM with attributes and
// open shadow roots, resource timing entries, storage, names, frames) for the note, the tag, the annotation's
// id and what the reader's palette colours mean, before and after a reload. Our in-page hosts have closed shadow
// roots, and the note editor's address cannot be guessed by a page probing for the extension.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, extensionPage, setSettings, paintedRanges, selectText, startHarness, storedAnnotations, type Harness } from './harness';

const QUOTE = 'A ferry carries a few hundred people an hour on a good day';
const NOTE = 'Private thought 7f3a: ask the ferry operator about winter timetables';
const TAG = 'secret-tag-91c2';
/** The reader's own meaning of a colour, shown in the toolbar's tooltips. */
const MEANING = 'Sources to call back 5d0e';

/** Everything the page's own scripts can read that could carry our data, as one string per source. */
function pageVisibleText(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const shadows: string[] = [];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) shadows.push(el.shadowRoot.innerHTML);
    const frames: string[] = [];
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frames.push(window.frames[i]!.location.href);
      } catch {
        frames.push('(cross-origin)');
      }
    }
    const storage = (s: Storage) => JSON.stringify(Object.entries(s));
    return {
      dom: document.documentElement.outerHTML,
      openShadowRoots: shadows.join('\n'),
      resourceTiming: performance.getEntries().map((e) => e.name).join('\n'),
      frames: frames.join('\n'),
      storage: storage(localStorage) + storage(sessionStorage),
      names: [window.name, document.title, location.href, document.cookie].join('\n'),
    };
  });
}

/** The sources in which any of `secrets` appears, with the secret found. */
async function leaks(page: Page, secrets: string[]): Promise<string[]> {
  const visible = await pageVisibleText(page);
  return Object.entries(visible).flatMap(([source, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${source}: ${s}`));
}

describe('the page a reader annotates', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('holds no note, tag or annotation id anywhere its scripts can read', async () => {
    const url = h.server.url('/sample-article.html');
    const settings = await extensionPage(h);
    await setSettings(settings, { palette: [{ color: 'blue', name: '', meaning: MEANING, enabled: true }] });
    await settings.close();
    const page = await h.context.newPage();
    await page.goto(url);
    await selectText(page, '.story-body', QUOTE);
    await clickToolbarButton(page, 'Add note');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [QUOTE] });

    // The editor is an extension page framed into the page; type in it as the reader would.
    await expect.poll(() => page.frames().some((f) => f.url().includes('note-editor.html'))).toBe(true);
    const editor = page.frames().find((f) => f.url().includes('note-editor.html'))!;
    await editor.getByRole('textbox').fill(NOTE);

    const reader = await extensionPage(h);
    await expect.poll(async () => (await storedAnnotations(reader))[0]?.['note'], { timeout: 5_000 }).toBe(NOTE);
    const [stored] = await storedAnnotations(reader);
    const id = String(stored!['id']);
    const tagged = await reader.evaluate(([annotationId, tag]) => chrome.runtime.sendMessage({ type: 'annotation-update', id: annotationId, patch: { tags: [tag] } }), [id, TAG] as const);
    expect(tagged).toMatchObject({ ok: true });

    const secrets = [NOTE, TAG, id, MEANING];
    expect(await leaks(page, secrets)).toEqual([]);
    // The hosts are there (the page may see that something is), but their insides are not.
    const shadows = await page.evaluate(() => ['marginalia-toolbar', 'marginalia-note'].map((name) => {
      const host = document.querySelector(name);
      return host ? `${name}: ${host.shadowRoot === null ? 'closed' : 'open'}` : `${name}: absent`;
    }));
    expect(shadows).toEqual(['marginalia-toolbar: closed', 'marginalia-note: closed']);

    await page.reload();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [QUOTE] });
    expect(await leaks(page, secrets)).toEqual([]);
  });

  it('cannot be found by a page that probes for its note editor', async () => {
    // Without use_dynamic_url, chrome-extension://<id>/note-editor.html answers any page's fetch: proof the
    // extension is installed. The address the content script frames changes every session and only it knows it.
    const page = await h.context.newPage();
    await page.goto(h.server.url('/sample-article.html'));
    const probe = await page.evaluate(async (id) => {
      try {
        return `answered ${(await fetch(`chrome-extension://${id}/note-editor.html`)).status}`;
      } catch {
        return 'refused';
      }
    }, h.extensionId);
    expect(probe).toBe('refused');
  });
});
