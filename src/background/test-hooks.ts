// Hooks for end-to-end tests and the storage benchmark, on the worker's global scope: the handlers of menus and
// shortcuts (a context-menu click cannot be simulated) and the storage code on throwaway databases. Only test
// builds have them: scripts/build.ts defines MARGINALIA_TEST_HOOKS as true for dist/e2e-chrome alone, and the
// release bundles leave this module out (test/unit/security/release-bundles.test.ts checks).
import { deleteDB } from 'idb';
import type { Browser } from '../shared/browser-api';
import { serializeBackup, toBackup } from '../export/backup';
import type { Annotation, ArticleRecord } from '../shared/model';
import type { Request } from '../shared/messages';
import { handleRequest } from './handle-request';
import { onCommand, onMenuClicked } from './highlight-actions';
import { Library } from './storage/library';

/** The name under which the hooks sit on the worker's global scope. */
export const TEST_HOOKS_GLOBAL = 'marginalia';

export function installTestHooks(browser: Browser): void {
  Object.assign(globalThis, {
    [TEST_HOOKS_GLOBAL]: {
      onMenuClicked: (id: string, tabId: number) => onMenuClicked(browser, id, tabId),
      onCommand: (c: string, tabId: number) => onCommand(browser, c, tabId),
      storage: {
        open: (name: string) => Library.open(name),
        handle: (opened: Library, request: Request) => handleRequest({ library: async () => opened, now: () => new Date() }, request),
        backupText: (snapshot: { articles: ArticleRecord[]; annotations: Annotation[] }) => serializeBackup(toBackup(snapshot.articles, snapshot.annotations, new Date())),
        deleteDatabase: (name: string) => deleteDB(name),
      },
    },
  });
}
