// Ways out of the popup to the extension's own pages.
import { browser } from '../../shared/browser-api';
import { t } from '../shared/i18n';

export function LibraryLink() {
  return (
    <button type="button" class="link" onClick={() => void openExtensionPage('library.html')}>{t('openLibrary')}</button>
  );
}

/** Opens one of the extension's pages in a tab and closes the popup (which would otherwise linger). */
export async function openExtensionPage(page: 'library.html' | 'options.html'): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(page) });
  window.close();
}
