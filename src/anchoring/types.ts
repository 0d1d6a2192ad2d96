// Selectors as the W3C Web Annotation Data Model names them; what a highlight stores to find its text again.

/** The quoted text with about 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Character offsets into the root's text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Structural: an element path (XPath-like, relative to the root) and character offsets inside it. */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
  /** Our own field, absent when 0: how many other places on the page the quote and its context also fitted when
   * the highlight was made (a pull quote repeating the sentence…). Then only the stored place tells it apart. */
  lookalikes?: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export type AnchorQuality = 'exact' | 'moved' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; range: Range; quality: AnchorQuality; score: number }
  | { status: 'orphaned'; reason: string };
