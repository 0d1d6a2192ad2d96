// Parses a generated hostile page in jsdom with its scripts running (so sabotage scripts really change the
// page's prototypes) and a silent console (broken pages log plenty that says nothing about us).
import { JSDOM, VirtualConsole } from 'jsdom';
import type { HostilePage } from './hostile-pages';

export const HOSTILE_URL = 'https://news.example.org/2026/03/14/hostile-page';

export function loadHostilePage(page: HostilePage): JSDOM {
  const dom = new JSDOM(page.html, { url: HOSTILE_URL, runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  page.build?.(dom.window.document);
  return dom;
}
