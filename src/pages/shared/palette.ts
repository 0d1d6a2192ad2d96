// How a palette colour is named and explained in the reader's language: the reader's own words where given,
// the localized defaults otherwise.
import type { ColorName } from '../../shared/model';
import { DEFAULT_SETTINGS, type PaletteEntry } from '../../shared/settings';
import { t } from './i18n';

export function colorLabel(entry: PaletteEntry): string {
  return entry.name || t(`color_${entry.color}`);
}

export function colorMeaning(entry: PaletteEntry): string {
  return entry.meaning || t(`meaning_${entry.color}`);
}

export function entryOf(palette: PaletteEntry[] | undefined, color: ColorName): PaletteEntry {
  return (palette ?? DEFAULT_SETTINGS.palette).find((e) => e.color === color) ?? { color, name: '', meaning: '', enabled: true };
}
