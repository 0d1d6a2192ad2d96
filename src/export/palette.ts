// How the highlight colours look outside the extension (HTML export, W3C stylesheets). Light tints, so black text
// on them stays readable (WCAG AA contrast) in any of the five.
import type { ColorName } from '../shared/model';

export const EXPORT_COLORS: Readonly<Record<ColorName, string>> = {
  yellow: '#fff3a3',
  blue: '#cfe5ff',
  green: '#d3f5d0',
  pink: '#ffd6e7',
  purple: '#e6dcff',
};

/** The CSS class a colour gets in exported HTML and in W3C `styleClass`; import reads it back. */
export function colorClass(color: ColorName): string {
  return `marginalia-${color}`;
}

/** A stylesheet with one rule per colour class. */
export function highlightStylesheet(): string {
  return Object.entries(EXPORT_COLORS)
    .map(([color, css]) => `.${colorClass(color as ColorName)} { background-color: ${css}; }`)
    .join('\n');
}
