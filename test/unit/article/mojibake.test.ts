import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/article/mojibake';

describe('repairMojibake', () => {
  it('decodes UTF-8 that was read as Latin-1 and encoded again', () => {
    expect(repairMojibake('Investor\u00e2\u0080\u0099s guide \u00e2\u0080\u0094 caf\u00c3\u00a9')).toBe('Investor\u2019s guide \u2014 caf\u00e9');
  });

  it('leaves Latin-1 text alone when it holds no C1 control (real accents, not garbage)', () => {
    expect(repairMojibake('Ã la carte, São Paulo, Â£5')).toBe('Ã la carte, São Paulo, Â£5');
  });
});
