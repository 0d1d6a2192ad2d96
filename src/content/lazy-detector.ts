// The article detector is its own script (detector.js), put into a page only when the article's facts are
// needed: when the popup opens, or when the reader highlights. Restoring highlights on a page needs only its
// URL, so pages where the reader allowed automatic restore don't pay for a detection on every load.
// Both scripts run in the same isolated world, where detector.js leaves its function under DETECTOR_GLOBAL.
import type { detectArticle } from '../article/detect-article';
import { ask } from '../shared/send';
import { DETECTOR_GLOBAL } from './detector-global';
import { runtime } from './ext';

type Detect = typeof detectArticle;

/** The detector, when detector.js is already in this page. */
export function loadedDetector(): Detect | null {
  const found = (globalThis as Record<string, unknown>)[DETECTOR_GLOBAL];
  return typeof found === 'function' ? (found as Detect) : null;
}

/** The detector, asking the background to put detector.js into this page first when it isn't there. */
export async function loadDetector(): Promise<Detect | null> {
  if (!loadedDetector()) await ask({ runtime }, { type: 'detector-load' });
  return loadedDetector();
}
