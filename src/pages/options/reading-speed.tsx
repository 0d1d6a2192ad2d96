// Reading speed in words per minute: the popup's reading time is the article's words at this speed.
import { useState } from 'preact/hooks';
import { DEFAULT_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE } from '../../shared/settings';
import { formatNumber, t } from '../shared/i18n';

export function ReadingSpeed({ value, onChange }: { value: number; onChange(wpm: number): void }) {
  const [draft, setDraft] = useState(String(value));
  const commit = () => {
    const n = Number(draft);
    if (Number.isFinite(n) && n >= MIN_WORDS_PER_MINUTE && n <= MAX_WORDS_PER_MINUTE) onChange(Math.round(n));
    else setDraft(String(value));
  };
  return (
    <section aria-labelledby="speed-heading">
      <h2 id="speed-heading">{t('readingSpeed')}</h2>
      <label class="field">
        <span>{t('wordsPerMinute')}</span>
        <input type="number" inputMode="numeric" min={MIN_WORDS_PER_MINUTE} max={MAX_WORDS_PER_MINUTE} step={10} value={draft}
          aria-describedby="speed-hint"
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)} onChange={commit} onBlur={commit} />
      </label>
      <p id="speed-hint" class="hint">{t('readingSpeedHint', formatNumber(DEFAULT_WORDS_PER_MINUTE))}</p>
    </section>
  );
}
