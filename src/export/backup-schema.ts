// The backup format's fields as tables (docs/backup-format.md explains them); one place to change with the format.
import { COLOR_NAMES } from '../shared/model';
import {
  arrayOf, type Check, isCount, isFraction, isIsoTime, isNonEmptyString, isNumber, isOneOf, isString, orNull, record, taggedUnion,
} from './validation';

const isSelector: Check = taggedUnion({
  TextQuoteSelector: { required: { exact: isString }, optional: { prefix: isString, suffix: isString } },
  TextPositionSelector: { required: { start: isNumber, end: isNumber } },
  RangeSelector: {
    required: { startContainer: isString, startOffset: isNumber, endContainer: isString, endOffset: isNumber },
    optional: { lookalikeFit: isFraction },
  },
});

export const isArticleRecord: Check = record({
  required: {
    key: isNonEmptyString,
    url: isNonEmptyString,
    aliases: arrayOf(isNonEmptyString),
    title: orNull(isString),
    byline: orNull(isString),
    authors: arrayOf(isString),
    siteName: orNull(isString),
    publishedTime: orNull(isString), // as the page states it, possibly with a local offset
    modifiedTime: orNull(isString),
    lang: orNull(isString),
    dir: isOneOf(['ltr', 'rtl', null]),
    excerpt: orNull(isString),
    leadImage: orNull(isString),
    wordCount: isCount,
    readingTimeMinutes: isCount,
    firstSeen: isIsoTime,
    lastSeen: isIsoTime,
  },
});

export const isAnnotation: Check = record({
  required: {
    id: isNonEmptyString,
    articleKey: isNonEmptyString,
    created: isIsoTime,
    modified: isIsoTime,
    color: isOneOf(COLOR_NAMES),
    note: isString,
    tags: arrayOf(isString),
    quote: isString,
    selectors: arrayOf(isSelector),
    selectorVersion: isCount,
  },
});

/** Format and version are checked before this, so their messages can say what the file is instead. */
export const isBackupBody: Check = record({
  required: { exportedAt: isIsoTime, articles: arrayOf(isArticleRecord), annotations: arrayOf(isAnnotation) },
});
