import { describe, expect, it } from 'vitest';
import { isTrackingParam, TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from '../../../src/url';

describe('the tracking parameter list', () => {
  it('gives a reason for every entry', () => {
    for (const [name, reason] of [...TRACKING_PARAMS, ...TRACKING_PARAM_PREFIXES]) {
      expect(name, name).toBe(name.toLowerCase());
      expect(reason.length, name).toBeGreaterThan(5);
    }
  });

  it('matches names case-insensitively and by prefix', () => {
    expect(isTrackingParam('FBCLID')).toBe(true);
    expect(isTrackingParam('utm_content')).toBe(true);
  });

  it('leaves parameters that choose content alone', () => {
    for (const name of ['id', 'p', 'page', 'story', 'article', 'q', 'ref']) expect(isTrackingParam(name), name).toBe(false);
  });
});
