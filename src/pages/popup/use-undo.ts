// Delete with undo: the deleted highlight is kept in memory until the reader undoes or deletes another.
import { useState } from 'preact/hooks';
import { browser } from '../../shared/browser-api';
import type { Annotation } from '../../shared/model';
import { ask } from '../../shared/send';

export function useUndo(
  annotations: Annotation[],
  setAnnotations: (next: Annotation[]) => void,
  refreshPage: () => Promise<unknown>,
  report: (e: unknown) => void,
) {
  const [deleted, setDeleted] = useState<{ annotation: Annotation; index: number } | null>(null);
  return {
    deleted,
    async remove(annotation: Annotation) {
      try {
        await ask(browser, { type: 'annotation-delete', id: annotation.id });
        setDeleted({ annotation, index: annotations.findIndex((a) => a.id === annotation.id) });
        setAnnotations(annotations.filter((a) => a.id !== annotation.id));
        await refreshPage();
      } catch (e) {
        report(e);
      }
    },
    async restore() {
      if (!deleted) return;
      try {
        const back = await ask(browser, { type: 'annotation-restore', annotation: deleted.annotation });
        // Back in its old place, so document order holds without asking the page.
        const next = [...annotations];
        next.splice(Math.max(0, Math.min(deleted.index, next.length)), 0, back);
        setAnnotations(next);
        setDeleted(null);
        await refreshPage();
      } catch (e) {
        report(e);
      }
    },
  };
}
