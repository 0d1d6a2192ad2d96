// The content script's state on one page: the detected article, its highlights and where they sit.
// Detection may fail on a broken page; the session then goes on without it, and highlighting still works.
import { anchorAll, describe } from '../anchoring';
import { detectArticle } from '../article/detect-article';
import type { ArticleInfo } from '../article/types';
import type { Annotation, ArticleRecord, ColorName } from '../shared/model';
import type { PageReport, TabState } from '../shared/messages';
import { ask } from '../shared/send';
import { runtime } from './ext';
import type { Painter } from './painter';
import { watchPage, type PageWatcher } from './watch-page';

type PageInfo = Omit<ArticleInfo, 'text'>;

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

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly options: SessionOptions = {},
  ) {}

  /** Detects the article, tells the background, and paints the highlights it already has. */
  async start(): Promise<void> {
    this.info = null;
    this.detectionError = null;
    try {
      const { roots: _roots, text: _text, ...info } = detectArticle(this.doc, { url: this.doc.URL, wordsPerMinute: this.options.wordsPerMinute?.() });
      this.info = info;
    } catch (error) {
      this.detectionError = error instanceof Error ? error.message : String(error);
    }
    const page: PageReport = {
      url: this.doc.URL,
      canonicalUrl: this.info?.canonicalUrl ?? linkHref(this.doc, 'link[rel~="canonical"]'),
      ogUrl: this.doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content ?? null,
      info: this.info,
    };
    const opened = await ask({ runtime }, { type: 'page-opened', page });
    this.article = opened.article;
    this.annotations = opened.annotations;
    this.repaint();
    this.watcher ??= watchPage(this.doc, (urlChanged) => void this.onPageChanged(urlChanged));
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

  /** Highlights the current selection; returns the new annotation, or null when nothing is selected. */
  async highlightSelection(color: ColorName, note?: string): Promise<Annotation | null> {
    const range = this.selectedRange();
    if (!this.article || !range) return null;
    const quote = range.toString();
    const selectors = describe(this.doc.body, range);
    const created = await ask({ runtime }, {
      type: 'annotation-create',
      articleKey: this.article.key,
      draft: { quote, selectors, color, ...(note ? { note } : {}) },
    });
    this.annotations.push(created);
    this.place(created.id, range.cloneRange());
    this.doc.getSelection()?.removeAllRanges();
    this.paint();
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
    this.place(id, range.cloneRange());
    this.doc.getSelection()?.removeAllRanges();
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

  state(): TabState {
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

  /** The reader's selection, when it holds text. */
  private selectedRange(): Range | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return range.toString().trim() ? range : null;
  }

  /** Anchors every annotation anew (the page may have changed) and paints the ones that were placed. */
  private repaint(): void {
    this.ranges.clear();
    this.placedText.clear();
    const results = anchorAll(this.doc.body, this.annotations.map((a) => a.selectors));
    results.forEach((result, i) => {
      if (result.status === 'anchored') this.place(this.annotations[i]!.id, result.range);
    });
    this.paint();
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

function linkHref(doc: Document, selector: string): string | null {
  return doc.querySelector<HTMLLinkElement>(selector)?.href || null;
}
