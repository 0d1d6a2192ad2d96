// Picks a highlight's colour from the reader's palette; each option says its name and meaning.
import type { ColorName } from '../../shared/model';
import type { PaletteEntry } from '../../shared/settings';
import { t } from './i18n';
import { colorLabel, colorMeaning } from './palette';

interface Props {
  value: ColorName;
  palette: PaletteEntry[];
  onChange(color: ColorName): void;
  label: string;
}

export function ColorSelect({ value, palette, onChange, label }: Props) {
  // A colour the reader has since switched off stays listed for highlights that already use it.
  const shown = palette.filter((e) => e.enabled || e.color === value);
  return (
    <select class={`color-select color-${value}`} aria-label={label} title={t('colour')} value={value}
      onChange={(e) => onChange((e.target as HTMLSelectElement).value as ColorName)}>
      {shown.map((e) => (
        <option key={e.color} value={e.color}>{`${colorLabel(e)} — ${colorMeaning(e)}`}</option>
      ))}
    </select>
  );
}
