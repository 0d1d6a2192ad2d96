// The sites where highlights come back by themselves: each is an optional host permission the reader granted.
// The background re-registers its content script whenever the set changes (permissions.onAdded/onRemoved).
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser-api';
import { t } from '../shared/i18n';
import { originPattern } from './origin-pattern';

export function RestoreSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const refresh = () => void browser.permissions.getAll().then((p) => setOrigins((p.origins ?? []).filter((o) => /^(\*|https?):\/\//.test(o))));
  useEffect(refresh, []);

  const grant = (e: Event) => {
    e.preventDefault();
    const pattern = originPattern(draft);
    if (!pattern) return setMessage({ text: t('siteInvalid', draft), error: true });
    // permissions.request must run inside the click's user gesture: nothing may be awaited before it.
    browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        setMessage({ text: t(granted ? 'siteGranted' : 'siteRefused', pattern), error: !granted });
        if (granted) setDraft('');
        refresh();
      },
      (error: unknown) => setMessage({ text: String(error instanceof Error ? error.message : error), error: true }),
    );
  };
  const revoke = (origin: string) => {
    browser.permissions.remove({ origins: [origin] }).then(
      (removed) => {
        setMessage({ text: t(removed ? 'siteRevoked' : 'siteNotRevoked', origin), error: !removed });
        refresh();
      },
      // Permissions the extension was installed with (as in test builds) cannot be taken back here.
      () => setMessage({ text: t('siteNotRevoked', origin), error: true }),
    );
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('restoreSites')}</h2>
      <p class="hint">{t('restoreSitesHint')}</p>
      {origins.length === 0 ? <p class="empty">{t('noSites')}</p> : (
        <ul class="sites" data-testid="sites">
          {origins.map((o) => (
            <li key={o}><code>{o}</code> <button type="button" class="link" aria-label={t('revokeSite', o)} onClick={() => revoke(o)}>{t('revoke')}</button></li>
          ))}
        </ul>
      )}
      <form class="field-row" onSubmit={grant}>
        <label class="field">
          <span>{t('addSite')}</span>
          <input type="text" inputMode="url" placeholder="news.example.com" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary">{t('allowSite')}</button>
      </form>
      {message && <p class={message.error ? 'error' : 'hint'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
