// Strings for extension pages come from _locales; dates, numbers and language names are formatted by Intl in
// the reader's locale.
import { browser } from '../../shared/browser-api';

export function t(name: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

export const locale = (): string => browser.i18n.getUILanguage();

/**
 * One formatter per locale and style, made once: making an Intl formatter costs far more than formatting with it,
 * and the library page formats a date and a number for each of a thousand articles.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, make: (locale: string) => F): F {
  const key = `${kind}|${locale()}`;
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = make(locale())));
  return made;
}

export function formatDate(iso: string | null, style: 'medium' | 'long' = 'medium'): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return formatter(`date-${style}`, (l) => new Intl.DateTimeFormat(l, { dateStyle: style })).format(date);
}

export function formatNumber(n: number): string {
  return formatter('number', (l) => new Intl.NumberFormat(l)).format(n);
}

/** "Ukrainian" for "uk" in an English UI, "англійська" for "en" in a Ukrainian one; the code itself if Intl cannot name it. */
export function languageName(code: string | null): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
