// What every exporter takes and gives.
import type { Annotation, ArticleRecord } from '../shared/model';

/** The part of the library being exported: some articles and the annotations on them. */
export interface LibrarySnapshot {
  articles: ArticleRecord[];
  annotations: Annotation[];
}

/** One file of a multi-file export: a safe file name (no folders) and its text. */
export interface ExportFile {
  name: string;
  text: string;
}
