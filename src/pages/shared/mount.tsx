// Starts an extension page: the document speaks the UI's language (screen readers pick the voice by it),
// its title is localized, and the Preact app renders into #app.
import { render, type ComponentChild } from 'preact';
import { locale, t } from './i18n';

export function mountPage(app: ComponentChild, titleKey: string): void {
  document.documentElement.lang = locale();
  document.title = t(titleKey);
  render(app, document.getElementById('app')!);
}
