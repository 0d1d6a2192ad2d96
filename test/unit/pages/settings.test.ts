// The settings module: whatever storage holds, the reader gets valid settings; saving merges and validates.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, validateSettings, type SettingsArea } from '../../../src/shared/settings';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('validateSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the reading speed within what readers can do', () => {
    expect(validateSettings({ wordsPerMinute: 5 }).wordsPerMinute).toBe(60);
    expect(validateSettings({ wordsPerMinute: 99999 }).wordsPerMinute).toBe(1000);
    expect(validateSettings({ wordsPerMinute: 301.6 }).wordsPerMinute).toBe(302);
    expect(validateSettings({ wordsPerMinute: 'fast' }).wordsPerMinute).toBe(238);
  });

  it('lists every colour once, in the stored order, with unknown colours dropped', () => {
    const palette = validateSettings({ palette: [{ color: 'pink', name: ' Doubt ', enabled: true }, { color: 'teal' }, { color: 'pink' }] }).palette;
    expect(palette.map((e) => e.color)).toEqual(['pink', 'yellow', 'blue', 'green', 'purple']);
    expect(palette[0]).toEqual({ color: 'pink', name: 'Doubt', meaning: '', enabled: true });
  });

  it('keeps at least one colour in the toolbar', () => {
    const off = DEFAULT_SETTINGS.palette.map((e) => ({ ...e, enabled: false }));
    expect(validateSettings({ palette: off }).palette.filter((e) => e.enabled)).toHaveLength(1);
  });

  it('accepts only known themes and export scopes', () => {
    expect(validateSettings({ theme: 'dark', exportScope: 'filtered' })).toMatchObject({ theme: 'dark', exportScope: 'filtered' });
    expect(validateSettings({ theme: 'neon', exportScope: 'some', exportFormat: '../x' })).toMatchObject({ theme: 'system', exportScope: 'all', exportFormat: 'markdown' });
  });
});

describe('loadSettings and saveSettings', () => {
  it('merge a change into what is stored', async () => {
    const area = memoryArea({ settings: { wordsPerMinute: 300, theme: 'light' } });
    const saved = await saveSettings(area, { theme: 'dark' });
    expect(saved).toMatchObject({ wordsPerMinute: 300, theme: 'dark' });
    expect(await loadSettings(area)).toEqual(saved);
  });

  it('fall back to the defaults when storage fails', async () => {
    const broken: SettingsArea = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });
});
