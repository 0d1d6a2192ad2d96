// detector.js: leaves the article detector where the content script finds it (see lazy-detector.ts).
import { detectArticle } from '../article/detect-article';
import { DETECTOR_GLOBAL } from './detector-global';

(globalThis as Record<string, unknown>)[DETECTOR_GLOBAL] ??= detectArticle;
