// The content script's state on one page: the detected article, its highlights and where they sit.
// Detection may fail on a broken page; the session then goes on without it, and highlighting still works.
import { anchorInIndex, buildTextIndex, describe } from '../anchoring';
import type { ArticleInfo } from '../article/types';
import type { Annotation, ArticleRecord, ColorName } from '../shared/model';
import type { PageReport, TabState } from '../shared/messages';
import { ask } from '../shared/send';
import { runtime } from './ext';
import { loadDetector, loadedDetector } from './lazy-detector';
import type { Painter } from './painter';
import { watchPage, type PageWatcher } from './watch-page';

type PageInfo = Omit<ArticleInfo, 'text'>;

/** How the last restore went: highlights anchored and painted, and the milliseconds each step took. */
export interface RestoreTimings {
  highlights: number;
  placed: number;
  /** Reading the page's text once (part of anchorMs). */
  indexMs: number;
  anchorMs: number;
  paintMs: number;
}

/** What the reader's settings change in a session. */
export interface SessionOptions {
  /** The reader's speed, for the reading time (read at each detection, so a changed setting applies). */
  wordsPerMinute?: () => number | undefined;
}

export class PageSession {
  private article: ArticleRecord | null = null;
  private annotations: Annotation[] = [];
  private ranges = new Map<string, Range>();
  /** The text each range covered when it was placed: a range whose text changed needs anchoring again. */
  private placedText = new Map<string, string>();
  private info: PageInfo | null = null;
  private detectionError: string | null = null;
  private watcher: PageWatcher | null = null;
  /** The URL the article was reported under; a single-page app may have moved on since. */
  private reportedUrl: string | null = null;
  /** Counts starts, so that the answer to an older start never overwrites a newer one. */
  private generation = 0;
  /** The detection under way, so that the popup and a highlight asking at once detect once. */
  private detecting: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly options: SessionOptions = {},
  ) {}

  /**
   * Tells the background which article this is and paints the highlights it already has. The article's facts
   * come with it when the detector is already in the page; otherwise `ensureFacts` adds them when needed.
   */
  async start(): Promise<void> {
    this.info = null;
    this.detectionError = null;
    this.detecting = null;
    const generation = ++this.generation;
    const url = this.doc.URL.replace(/#.*$/, '');
    const detect = loadedDetector();
    if (detect) this.detect(detect);
    const opened = await ask({ runtime }, { type: 'page-opened', page: this.report() });
    if (generation !== this.generation) return;
    this.reportedUrl = url;
    this.article = opened.article;
    this.annotations = opened.annotations;
    this.repaint();
    this.watcher ??= watchPage(this.doc, (urlChanged) => void this.onPageChanged(urlChanged));
  }

  /**
   * Makes sure the session speaks of the page as it is now: started (a failed start is tried again) and
   * reported under the current URL (a single-page app may have navigated before the watcher noticed).
   */
  private async current(): Promise<void> {
    if (!this.article || this.doc.URL.replace(/#.*$/, '') !== this.reportedUrl) await this.start();
  }

  /** Detects the article if that was not done yet, and records its facts in the library. */
  ensureFacts(): Promise<void> {
    if (this.info || this.detectionError) return Promise.resolve();
    return (this.detecting ??= (async () => {
      const detect = await loadDetector().catch(() => null);
      if (!detect) {
        // Not kept as an error: the background may have been restarting; the next request tries again.
        this.detecting = null;
        return;
      }
      this.detect(detect);
      if (this.info) this.article = (await ask({ runtime }, { type: 'page-opened', page: this.report() })).article;
    })());
  }

  /** Runs the detector; a page that breaks it leaves the session without facts, and highlighting still works. */
  private detect(detect: NonNullable<ReturnType<typeof loadedDetector>>): void {
    try {
      const { roots: _roots, text: _text, ...info } = detect(this.doc, { url: this.doc.URL, wordsPerMinute: this.options.wordsPerMinute?.() });
      this.info = info;
    } catch (error) {
      this.detectionError = error instanceof Error ? error.message : String(error);
    }
  }

  private report(): PageReport {
    return {
      url: this.doc.URL,
      // The page's own link first, so the report before detection and the one after name the same article.
      canonicalUrl: linkHref(this.doc, 'link[rel~="canonical"]') ?? this.info?.canonicalUrl ?? null,
      ogUrl: this.doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content ?? null,
      info: this.info,
    };
  }

  /**
   * After the page changed: a new URL is a new article (a single-page app navigated); otherwise
   * highlights are anchored again only when one is missing or no longer covers its quote.
   */
  private async onPageChanged(urlChanged: boolean): Promise<void> {
    if (urlChanged) {
      await this.start().catch((error: unknown) => console.warn('Marginalia:', error));
      return;
    }
    const intact = this.annotations.every((a) => {
      const range = this.ranges.get(a.id);
      return range !== undefined && range.toString() === this.placedText.get(a.id);
    });
    if (!intact) this.repaint();
  }

  /** Highlights the current selection; returns the new annotation, or null when nothing is selected. Throws, with
   * the reason, for a selection the session cannot describe (inside a frame or a component's shadow root). */
  async highlightSelection(color: ColorName, note?: string): Promise<Annotation | null> {
    const range = this.selectedRange();
    if (!range) return null;
    await this.current();
    if (!this.article) return null;
    const quote = range.toString();
    const selectors = describe(this.doc.body, range);
    const created = await ask({ runtime }, {
      type: 'annotation-create',
      articleKey: this.article.key,
      draft: { quote, selectors, color, ...(note ? { note } : {}) },
    });
    this.annotations.push(created);
    this.place(created.id, range);
    this.clearSelectionOf(range);
    this.paint();
    // The library should know which article this highlight belongs to, even if the popup is never opened.
    void this.ensureFacts().catch((error: unknown) => console.warn('Marginalia:', error));
    return created;
  }

  /** Reloads the article's annotations from the library and anchors them again. */
  async refresh(): Promise<number> {
    if (!this.article) return 0;
    this.annotations = await ask({ runtime }, { type: 'annotations-list', articleKey: this.article.key });
    this.repaint();
    return this.ranges.size;
  }

  /** Moves an orphaned highlight to the current selection, keeping its note, tags and colour. */
  async reattach(id: string): Promise<string | null> {
    const range = this.selectedRange();
    if (!range) return 'Select the passage on the page first';
    const quote = range.toString();
    const updated = await ask({ runtime }, {
      type: 'annotation-update',
      id,
      patch: { quote, selectors: describe(this.doc.body, range) },
    });
    this.annotations = this.annotations.map((a) => (a.id === id ? updated : a));
    this.place(id, range);
    this.clearSelectionOf(range);
    this.paint();
    return null;
  }

  private visible = true;

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.painter.setVisible(visible);
  }

  scrollTo(id: string): boolean {
    const range = this.ranges.get(id);
    const target = range?.startContainer.parentElement;
    if (!range || !target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  /** The placed highlights' ranges (read-only), for hit-testing a click on the page. */
  placedRanges(): ReadonlyMap<string, Range> {
    return this.ranges;
  }

  articleKey(): string | null {
    return this.article?.key ?? null;
  }

  /** What the popup shows: the article's facts (detected now if they were not yet), its highlights. */
  async state(): Promise<TabState> {
    await this.current();
    // Notes and tags may have been edited elsewhere (an earlier popup, the library): the library is the truth.
    await this.refresh();
    await this.ensureFacts();
    if (!this.article) throw new Error('The page is still loading');
    return {
      article: this.article,
      info: this.info,
      detectionError: this.detectionError,
      annotations: this.inDocumentOrder(),
      orphanIds: this.annotations.filter((a) => !this.ranges.has(a.id)).map((a) => a.id),
      visible: this.visible,
    };
  }

  private place(id: string, range: Range): void {
    this.ranges.set(id, range);
    this.placedText.set(id, range.toString());
  }

  /** Annotations in the order their text appears on the page; those not placed come last. */
  private inDocumentOrder(): Annotation[] {
    const rank = (a: Annotation) => this.ranges.get(a.id);
    return [...this.annotations].sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      if (!ra || !rb) return ra ? -1 : rb ? 1 : a.created.localeCompare(b.created);
      return ra.compareBoundaryPoints(Range.START_TO_START, rb) || a.created.localeCompare(b.created);
    });
  }

  /**
   * A copy of the reader's selection, when it holds text. A copy, because the selection's own range follows
   * the reader: one who selects something else while a highlight is being saved must not move the highlight.
   */
  private selectedRange(): Range | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      // A selection inside a frame is the frame's own; the page's is empty. Say so rather than "nothing selected".
      if (/^i?frame$/.test(this.doc.activeElement?.localName ?? '')) throw new Error(OUT_OF_REACH.frame);
      return null;
    }
    const range = selection.getRangeAt(0);
    if (!range.toString().trim()) return null;
    // Highlights are described and found again in the page's own text: text a component keeps in its shadow root
    // is not part of it (described against the page, its quote would come out as the whole page's text).
    const body = this.doc.body;
    if (!body || !body.contains(range.startContainer) || !body.contains(range.endContainer)) throw new Error(OUT_OF_REACH.shadow);
    return range.cloneRange();
  }

  /** Clears the selection once its text is highlighted, but only if it is still that text: the reader may have
   * selected something else (to highlight next) while the save was in flight. */
  private clearSelectionOf(range: Range): void {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const current = selection.getRangeAt(0);
    const same =
      current.startContainer === range.startContainer && current.startOffset === range.startOffset &&
      current.endContainer === range.endContainer && current.endOffset === range.endOffset;
    if (same) selection.removeAllRanges();
  }

  private lastRestore: RestoreTimings | null = null;

  /** The timings of the last full restore (read by the restore benchmark). */
  restoreTimings(): RestoreTimings | null {
    return this.lastRestore;
  }

  /** Anchors every annotation anew (the page may have changed) and paints the ones that were placed. */
  private repaint(): void {
    const started = performance.now();
    this.ranges.clear();
    this.placedText.clear();
    // The page's text is read once for all highlights.
    const index = buildTextIndex(this.doc.body);
    const indexed = performance.now();
    for (const annotation of this.annotations) {
      const result = anchorInIndex(index, annotation.selectors);
      if (result.status === 'anchored') this.place(annotation.id, result.range);
    }
    const anchored = performance.now();
    this.paint();
    const painted = performance.now();
    this.lastRestore = {
      highlights: this.annotations.length,
      placed: this.ranges.size,
      indexMs: indexed - started,
      anchorMs: anchored - started,
      paintMs: painted - anchored,
    };
  }

  private paint(): void {
    const paint = () => this.painter.paint(
      this.annotations.flatMap((a) => {
        const range = this.ranges.get(a.id);
        return range ? [{ id: a.id, color: a.color, range }] : [];
      }),
    );
    if (this.watcher) this.watcher.quietly(paint);
    else paint();
  }
}

/** Why a selection cannot be highlighted, in the reader's words (shown where the request came from). */
const OUT_OF_REACH = {
  frame: 'Text inside an embedded frame cannot be highlighted',
  shadow: 'Text inside this page component cannot be highlighted',
};

function linkHref(doc: Document, selector: string): string | null {
  return doc.querySelector<HTMLLinkElement>(selector)?.href || null;
}
