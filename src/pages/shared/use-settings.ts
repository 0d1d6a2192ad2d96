// The reader's settings in an extension page, kept current when another page (the options) changes them.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser-api';
import { loadSettings, saveSettings, type Settings } from '../../shared/settings';
import { applyTheme } from './theme';

export const settingsArea = browser.storage.local as unknown as Parameters<typeof loadSettings>[0];

/** Saves run one after another: each reads what the last one stored, so quick edits never overwrite each other. */
let saving: Promise<unknown> = Promise.resolve();

/** A change: fields to set, or a function of what is stored now (for edits that build on the current value). */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export function useSettings(): [Settings | null, (change: SettingsChange) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const reload = () => void loadSettings(settingsArea).then((s) => {
      applyTheme(s.theme);
      setSettings(s);
    });
    reload();
    const onChanged = (_changes: unknown, area: string) => area === 'local' && reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const update = async (change: SettingsChange) => {
    const queued = saving.then(async () =>
      saveSettings(settingsArea, typeof change === 'function' ? change(await loadSettings(settingsArea)) : change));
    saving = queued.catch(() => undefined);
    const next = await queued;
    applyTheme(next.theme);
    setSettings(next);
  };
  return [settings, update];
}
