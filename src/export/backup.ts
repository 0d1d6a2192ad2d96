// The whole library as one versioned JSON document, and its validation on import: a file is either accepted whole
// or refused with a message naming the problem and where it is, so the caller writes all of it or nothing.
import { type Annotation, type ArticleRecord, type Backup, BACKUP_FORMAT, BACKUP_VERSION } from '../shared/model';
import { canonicalAnnotation, canonicalArticle } from './canonical-records';
import { compareText } from './snapshot';
import { isBackupBody } from './backup-schema';
import { checkValue, describeValue, isPlainObject } from './validation';
import { checkImportSize, checkTextSize, MAX_IMPORT_BYTES } from './import-size';
import { describeJsonSyntaxError } from './json-syntax';

/** Larger files are refused before parsing (see import-size.ts). */
export const MAX_BACKUP_BYTES = MAX_IMPORT_BYTES;
/** A broken file can have thousands of problems; the first few tell the reader what went wrong. */
const MAX_REPORTED_PROBLEMS = 10;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/** A backup of the given records, in a stable order (articles by key, annotations by article, time, id). */
export function toBackup(articles: ArticleRecord[], annotations: Annotation[], now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    articles: [...articles].sort((a, b) => compareText(a.key, b.key)).map(canonicalArticle),
    annotations: [...annotations]
      .sort((a, b) => compareText(a.articleKey, b.articleKey) || compareText(a.created, b.created) || compareText(a.id, b.id))
      .map(canonicalAnnotation),
  };
}

/** The backup file's text: indented JSON with a final new line. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Refuses a file by its size alone; callers holding a File can ask before reading it. */
export const checkBackupSize = checkImportSize;

/** Validates a backup file completely; on success the backup holds canonical copies of its records. */
export function parseBackup(text: string): ParsedBackup {
  const sizeError = checkTextSize(text);
  if (sizeError) return { ok: false, error: sizeError };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const place = describeJsonSyntaxError(text) ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, error: `The file is not JSON (it may be truncated or not a backup): ${place}` };
  }
  const identityError = checkFormatAndVersion(data);
  if (identityError) return { ok: false, error: identityError };
  const problems: string[] = [];
  checkValue(isBackupBody, data, 'backup', problems);
  if (problems.length === 0) problems.push(...crossRecordProblems(data as unknown as Backup));
  if (problems.length > 0) return { ok: false, error: describeProblems(problems) };
  const backup = data as unknown as Backup;
  // Canonical order and shape of the records (so re-export gives the same bytes), with the file's own export time.
  const canonical = toBackup(backup.articles, backup.annotations, new Date(0));
  return { ok: true, backup: { ...canonical, exportedAt: backup.exportedAt } };
}

function checkFormatAndVersion(data: unknown): string | null {
  if (!isPlainObject(data)) return `The file is not a backup: expected a JSON object, found ${describeValue(data)}.`;
  if (data.format !== BACKUP_FORMAT) {
    return `The file is not a backup of this extension: format: expected "${BACKUP_FORMAT}", found ${describeValue(data.format)}.`;
  }
  if (typeof data.version !== 'number') return `version: expected a number, found ${describeValue(data.version)}.`;
  if (data.version > BACKUP_VERSION) {
    return `The backup is version ${data.version}, made by a newer version of the extension; this one reads version ${BACKUP_VERSION}. Update the extension and try again.`;
  }
  if (data.version !== BACKUP_VERSION) return `version: ${data.version} is not a backup version (expected ${BACKUP_VERSION}).`;
  return null;
}

/** Problems no single record shows: duplicate keys and ids, annotations on articles missing from the file. */
function crossRecordProblems(backup: Backup): string[] {
  const problems: string[] = [];
  const firstArticle = new Map<string, number>();
  backup.articles.forEach((article, i) => {
    const first = firstArticle.get(article.key);
    if (first !== undefined) problems.push(`backup.articles[${i}].key: duplicate of articles[${first}].key "${article.key}"`);
    else firstArticle.set(article.key, i);
  });
  const firstAnnotation = new Map<string, number>();
  backup.annotations.forEach((annotation, i) => {
    const first = firstAnnotation.get(annotation.id);
    if (first !== undefined) problems.push(`backup.annotations[${i}].id: duplicate of annotations[${first}].id "${annotation.id}"`);
    else firstAnnotation.set(annotation.id, i);
    if (!firstArticle.has(annotation.articleKey)) {
      problems.push(`backup.annotations[${i}].articleKey: no article with key "${annotation.articleKey}" in the file`);
    }
  });
  return problems;
}

function describeProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const more = problems.length - shown.length;
  const head = problems.length === 1 ? 'The backup has a problem:' : `The backup has ${problems.length} problems:`;
  return [head, ...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n');
}
