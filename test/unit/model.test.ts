import { describe, expect, it } from 'vitest';
import { COLOR_NAMES } from '../../src/shared/model';

describe('the model', () => {
  it('names five distinct colours', () => {
    expect(new Set(COLOR_NAMES).size).toBe(5);
  });
});
