// describe(): what a highlight stores.
import { describe as spec, it, expect, vi } from 'vitest';
import { describe } from '../../../src/anchoring/index';
import { page, rangeOf } from './helpers';

// jsdom pages on a loaded 2-CPU machine: the first test of a file also pays for starting jsdom.
vi.setConfig({ testTimeout: 30_000 });

spec('describe', () => {
  const html = '<div><p>Alpha beta gamma delta epsilon zeta eta theta iota kappa.</p><p>Lambda <em>mu nu</em> xi omicron pi rho sigma tau upsilon phi chi psi omega.</p></div>';

  it('stores the quote with about 32 characters of context each side', () => {
    const { root } = page(html);
    const [quote] = describe(root, rangeOf(root, 'mu nu xi'));
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'mu nu xi',
      prefix: expect.stringMatching(/kappa\.Lambda $/),
      suffix: expect.stringMatching(/^ omicron pi rho/),
    });
    if (quote?.type !== 'TextQuoteSelector') throw new Error('no quote');
    expect(quote.prefix!.replace(/\s/g, '').length).toBe(32);
    expect(quote.suffix!.replace(/\s/g, '').length).toBe(32);
  });

  it('stores offsets into the root text content', () => {
    const { root } = page(html);
    const position = describe(root, rangeOf(root, 'mu nu xi')).find((s) => s.type === 'TextPositionSelector');
    if (position?.type !== 'TextPositionSelector') throw new Error('no position');
    expect(root.textContent!.slice(position.start, position.end)).toBe('mu nu xi');
  });

  it('stores element paths and offsets relative to the root', () => {
    const { root } = page(html);
    const structural = describe(root, rangeOf(root, 'mu nu xi')).find((s) => s.type === 'RangeSelector');
    expect(structural).toEqual({
      type: 'RangeSelector',
      startContainer: '/div[1]/p[2]/em[1]',
      startOffset: 0,
      endContainer: '/div[1]/p[2]',
      endOffset: 'Lambda mu nu xi'.length,
    });
  });

  it('keeps context short at the edges of the root', () => {
    const { root } = page('<p>Only a few words here.</p>');
    const [quote] = describe(root, rangeOf(root, 'Only a few'));
    expect(quote).toMatchObject({ exact: 'Only a few', prefix: '', suffix: ' words here.' });
  });

  it('leaves script text out of the quote', () => {
    const { root } = page('<p>Before the ad.</p><script>var ad = 1;</script><p>After the ad.</p>');
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root);
    const [quote] = describe(root, range);
    expect(quote).toMatchObject({ exact: 'Before the ad.After the ad.' });
  });
});
