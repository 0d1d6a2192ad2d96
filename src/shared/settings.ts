// The reader's settings: one typed record in storage.local, with defaults and validation. Shared by the
// extension pages (through webextension-polyfill) and the content script (through `chrome.storage`), so it
// takes the storage area as a parameter and imports nothing that would weigh on the content script.
import { COLOR_NAMES, type ColorName } from './model';

export type Theme = 'system' | 'light' | 'dark';
export type ExportScope = 'all' | 'filtered';

/** One colour of the palette. An empty name or meaning means "the localized default" (so languages follow the UI). */
export interface PaletteEntry {
  color: ColorName;
  name: string;
  meaning: string;
  /** Offered in the in-page toolbar and the popup's colour menu. */
  enabled: boolean;
}

export interface Settings {
  wordsPerMinute: number;
  palette: PaletteEntry[];
  theme: Theme;
  /** An export format name from src/export/formats.ts; pages fall back to Markdown if it is unknown. */
  exportFormat: string;
  /** What the library's export button takes by default. */
  exportScope: ExportScope;
}

/** Brysbaert 2019, adult silent reading of non-fiction (the detector's own default). */
export const DEFAULT_WORDS_PER_MINUTE = 238;
/** Slow reading aloud to speed-reading: anything outside is a typo, not a reader. */
export const MIN_WORDS_PER_MINUTE = 60;
export const MAX_WORDS_PER_MINUTE = 1000;
const MAX_LABEL_CHARS = 60;
const STORAGE_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  wordsPerMinute: DEFAULT_WORDS_PER_MINUTE,
  palette: COLOR_NAMES.map((color) => ({ color, name: '', meaning: '', enabled: true })),
  theme: 'system',
  exportFormat: 'markdown',
  exportScope: 'all',
};

/** The storage area's surface both `browser.storage.local` and `chrome.storage.local` offer. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    return validateSettings((await area.get(STORAGE_KEY))[STORAGE_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Merges a change into the stored settings; returns what was stored (validated). */
export async function saveSettings(area: SettingsArea, patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await loadSettings(area)), ...patch });
  await area.set({ [STORAGE_KEY]: next });
  return next;
}

/** Anything read from storage becomes valid settings: each bad or missing field takes its default. */
export function validateSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const wpm = typeof r.wordsPerMinute === 'number' && Number.isFinite(r.wordsPerMinute) ? Math.round(r.wordsPerMinute) : DEFAULT_WORDS_PER_MINUTE;
  return {
    wordsPerMinute: Math.min(MAX_WORDS_PER_MINUTE, Math.max(MIN_WORDS_PER_MINUTE, wpm)),
    palette: validatePalette(r.palette),
    theme: r.theme === 'light' || r.theme === 'dark' ? r.theme : 'system',
    exportFormat: typeof r.exportFormat === 'string' && /^[a-z]{1,20}$/.test(r.exportFormat) ? r.exportFormat : 'markdown',
    exportScope: r.exportScope === 'filtered' ? 'filtered' : 'all',
  };
}

/** Every colour exactly once, in the stored order; at least one stays enabled so highlighting remains possible. */
function validatePalette(raw: unknown): PaletteEntry[] {
  const stored = Array.isArray(raw) ? raw : [];
  const seen = new Set<ColorName>();
  const out: PaletteEntry[] = [];
  for (const item of stored) {
    const e = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const color = e.color as ColorName;
    if (!COLOR_NAMES.includes(color) || seen.has(color)) continue;
    seen.add(color);
    out.push({ color, name: label(e.name), meaning: label(e.meaning), enabled: e.enabled !== false });
  }
  for (const color of COLOR_NAMES) if (!seen.has(color)) out.push({ color, name: '', meaning: '', enabled: true });
  if (!out.some((e) => e.enabled)) out[0]!.enabled = true;
  return out;
}

function label(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_LABEL_CHARS) : '';
}
