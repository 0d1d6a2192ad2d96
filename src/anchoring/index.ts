// The anchoring core: describe a selected range as selectors, and find it again later.
export { describe } from './describe';
export { anchor, anchorAll, anchorInIndex } from './anchor';
export { buildTextIndex, type TextIndex } from './text-index';
export type { AnchorQuality, AnchorResult, RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from './types';
