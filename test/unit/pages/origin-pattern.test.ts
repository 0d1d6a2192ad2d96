// What a reader types as a site becomes the host permission for that site, or nothing.
import { describe, expect, it } from 'vitest';
import { originPattern } from '../../../src/pages/options/origin-pattern';

describe('originPattern', () => {
  it('takes a bare host name, a URL, and upper case', () => {
    expect(originPattern('news.example.com')).toBe('*://news.example.com/*');
    expect(originPattern(' https://WWW.Example.org/world/2024/story?x=1 ')).toBe('*://www.example.org/*');
    expect(originPattern('localhost')).toBe('*://localhost/*');
  });

  it('refuses what is not a site', () => {
    expect(originPattern('')).toBeNull();
    expect(originPattern('not a site')).toBeNull();
    expect(originPattern('*.example.com')).toBeNull();
    expect(originPattern('http://')).toBeNull();
    expect(originPattern('exa_mple.com')).toBeNull();
  });
});
