// Marks on the background's performance timeline at each step of an import, so the storage benchmark can say where
// an import's time goes (scripts/bench-storage.ts reads and clears them). A mark costs a few microseconds.

export const IMPORT_MARK_PREFIX = 'marginalia-import:';

/** The steps, in order: request handled, file read, file parsed and checked, merge planned, writes issued, committed. */
export type ImportPhase = 'start' | 'read' | 'parsed' | 'planned' | 'issued' | 'committed';

export function markImportPhase(phase: ImportPhase): void {
  performance.mark(IMPORT_MARK_PREFIX + phase);
}
