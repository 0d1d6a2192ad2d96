// The built manifests ask for the least: no host pattern among the required permissions (hosts are
// optional, asked one site at a time), and extension pages under a strict content security policy.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const TARGETS = ['chrome', 'firefox'] as const;

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
}

const manifestOf = (target: string): Manifest => JSON.parse(readFileSync(`${root}dist/${target}/manifest.json`, 'utf8')) as Manifest;

// A permission string that names hosts rather than an API: <all_urls>, a match pattern, a wildcard.
const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://') || p.includes('*');

/** The directives of a CSP string, name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

describe.each(TARGETS)('the built %s manifest', (target) => {
  beforeAll(() => {
    // `npm test` builds first; build here only when missing, so a run never rewrites a folder others read.
    if (!existsSync(`${root}dist/${target}/manifest.json`)) execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root });
  }, 60_000);

  it('requires no host pattern', () => {
    const m = manifestOf(target);
    expect((m.permissions ?? []).filter(isHostPattern)).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.permissions).toContain('activeTab');
  });

  it('asks for hosts only as optional permissions, and never for <all_urls>', () => {
    const m = manifestOf(target);
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  // A page may load what is web accessible: only extension pages the content script frames (the note
  // editor) may be listed, never a script, a style sheet or data a page could read or fingerprint.
  it('exposes to web pages nothing but extension HTML pages', () => {
    const listed = manifestOf(target).web_accessible_resources ?? [];
    const files = listed.flatMap((entry) => entry.resources);
    expect(files.filter((file) => !/^[\w-]+\.html$/.test(file))).toEqual([]);
  });

  // A fixed address would let any page probe for the extension (fetch it: found means installed); the dynamic
  // one changes every browser session and is known only to our own scripts (runtime.getURL).
  it('exposes what it exposes only under a per-session address', () => {
    const listed = manifestOf(target).web_accessible_resources ?? [];
    expect(listed.filter((entry) => entry.use_dynamic_url !== true)).toEqual([]);
  });

  it('keeps extension pages under a strict content security policy', () => {
    const csp = directives(manifestOf(target).content_security_policy?.extension_pages ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    const all = [...csp.values()].flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'data:', 'blob:']) expect(all).not.toContain(loose);
  });
});
