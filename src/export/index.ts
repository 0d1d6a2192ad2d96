// Exports and imports: pure functions from a library snapshot (and `now`) to each format's text, and parsers that
// validate everything before the caller writes anything. Shared by the extension and `npm run convert`.
export type { ExportFile, LibrarySnapshot } from './types';
export { toMarkdown, markdownHighlight } from './markdown';
export { toMarkdownLibrary, toMarkdownFiles } from './markdown-library';
export { toBackup, serializeBackup, parseBackup, checkBackupSize, MAX_BACKUP_BYTES, type ParsedBackup } from './backup';
export { checkImportSize, MAX_IMPORT_BYTES } from './import-size';
export { toWebAnnotation, toWebAnnotationCollection, toWebAnnotationJson } from './web-annotation-export';
export { parseWebAnnotations, type WebAnnotationImport } from './web-annotation-import';
export { toReadwiseCsv } from './csv';
export { toHtml, toHtmlLibrary } from './html';
export { toBibtex, toBibtexLibrary } from './bibtex';
export { toCslItem, toCslJson, type CslItem } from './csl-json';
export { quoteWithCitation } from './quote-citation';
export { toPlainText, toPlainTextLibrary } from './plain-text';
export { articleFileName, safeFileStem, uniqueFileNames } from './file-name';
export { EXPORT_FORMATS, type ExportFormat, isExportFormat, formatInfo, exportLibrary, exportArticle, exportFiles } from './formats';
export { toZip } from './zip';
export { planBackupMerge, type MergePlan } from './backup-merge';
