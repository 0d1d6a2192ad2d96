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
  /** Our own field, absent when 0: how well the best other place on the page fitted the quote and its context when
   * the highlight was made (a share of the stored characters; 1 for a pull quote repeating the sentence). A place
   * found by searching must fit clearly better than that, or it may be that other place with the passage gone. */
  lookalikeFit?: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export type AnchorQuality = 'exact' | 'moved' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; range: Range; quality: AnchorQuality; score: number }
  | { status: 'orphaned'; reason: string };
