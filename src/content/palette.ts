// Highlight colours on the page: translucent, so text stays readable on light and dark pages alike.
import type { ColorName } from '../shared/model';

export const HIGHLIGHT_CSS: Record<ColorName, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  blue: 'rgba(86, 180, 233, 0.40)',
  green: 'rgba(0, 158, 115, 0.35)',
  pink: 'rgba(204, 121, 167, 0.40)',
  purple: 'rgba(148, 103, 189, 0.38)',
};
