// Theme: follow the system, or always light, or always dark.
import type { Theme } from '../../shared/settings';
import { t } from '../shared/i18n';

const THEMES: Theme[] = ['system', 'light', 'dark'];

export function ThemePicker({ value, onChange }: { value: Theme; onChange(theme: Theme): void }) {
  return (
    <section>
      <fieldset>
        <legend><h2>{t('theme')}</h2></legend>
        {THEMES.map((theme) => (
          <label key={theme} class="choice">
            <input type="radio" name="theme" value={theme} checked={value === theme} onChange={() => onChange(theme)} />
            {t(`theme_${theme}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
