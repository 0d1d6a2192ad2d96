// The content script's state on one page: the detected article, its highlights and where they sit.
// Detection may fail on a broken page; the session then goes on without it, and highlighting still works.
import { anchor, describe } from '../anchoring';
import { detectArticle } from '../article/detect-article';
import type { ArticleInfo } from '../article/types';
import type { Annotation, ArticleRecord, ColorName } from '../shared/model';
import type { PageReport, TabState } from '../shared/messages';
import { ask } from '../shared/send';
import { runtime } from './ext';
import type { Painter } from './painter';

type PageInfo = Omit<ArticleInfo, 'text'>;

export class PageSession {
  private article: ArticleRecord | null = null;
  private annotations: Annotation[] = [];
  private ranges = new Map<string, Range>();
  private info: PageInfo | null = null;
  private detectionError: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
  ) {}

  /** Detects the article, tells the background, and paints the highlights it already has. */
  async start(): Promise<void> {
    try {
      const { roots: _roots, text: _text, ...info } = detectArticle(this.doc, { url: this.doc.URL });
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
    this.ranges.set(created.id, range.cloneRange());
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
    this.ranges.set(id, range.cloneRange());
    this.doc.getSelection()?.removeAllRanges();
    this.paint();
    return null;
  }

  setVisible(visible: boolean): void {
    this.painter.setVisible(visible);
  }

  scrollTo(id: string): boolean {
    const range = this.ranges.get(id);
    const target = range?.startContainer.parentElement;
    if (!range || !target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  state(): TabState {
    if (!this.article) throw new Error('The page is still loading');
    return {
      article: this.article,
      info: this.info,
      detectionError: this.detectionError,
      annotations: this.annotations,
      orphanIds: this.annotations.filter((a) => !this.ranges.has(a.id)).map((a) => a.id),
    };
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
    for (const annotation of this.annotations) {
      const result = anchor(this.doc.body, annotation.selectors);
      if (result.status === 'anchored') this.ranges.set(annotation.id, result.range);
    }
    this.paint();
  }

  private paint(): void {
    this.painter.paint(
      this.annotations.flatMap((a) => {
        const range = this.ranges.get(a.id);
        return range ? [{ id: a.id, color: a.color, range }] : [];
      }),
    );
  }
}

function linkHref(doc: Document, selector: string): string | null {
  return doc.querySelector<HTMLLinkElement>(selector)?.href || null;
}
