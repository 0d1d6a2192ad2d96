// The theme the reader chose: `data-theme` on the root element; "system" leaves it to prefers-color-scheme.
import type { Theme } from '../../shared/settings';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
