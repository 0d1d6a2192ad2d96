// Strings for extension pages come from _locales; dates and numbers are formatted by Intl in the reader's locale.
import { browser } from '../../shared/browser-api';

export function t(name: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

const locale = (): string => browser.i18n.getUILanguage();

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}
