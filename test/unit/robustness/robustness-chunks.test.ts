// The robustness benchmark's plan and page loading (scripts/lib/robustness-chunks.ts): every page is measured
// once whatever the shards, and a page's sabotage scripts never reach the pages parsed after it.
import { describe, expect, it } from 'vitest';
import { chunkPlan, loadGenerated } from '../../../scripts/lib/robustness-chunks';
import { hugePage, sabotagedPage } from './hostile-pages';

describe('the robustness benchmark', () => {
  it('plans every page once, under keys a resumed run can find again', () => {
    const plan = chunkPlan({ wcxb: { dir: '/data', count: 1_497 }, generated: 10_000, seed: 8 });
    for (const set of ['wcxb', 'generated'] as const) {
      const chunks = plan.filter((c) => c.set === set);
      const ranges = chunks.map((c) => [Number(c.args.at(-2)), Number(c.args.at(-1))]);
      expect(ranges[0]![0]).toBe(0);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
      expect(ranges.at(-1)![1]).toBe(set === 'wcxb' ? 1_497 : 10_000);
      expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(set === 'wcxb' ? 1_497 : 10_000);
    }
    expect(new Set(plan.map((c) => c.key)).size).toBe(plan.length);
    expect(chunkPlan({ wcxb: null, generated: 1_000, seed: 9 }).map((c) => c.key)).not.toContain(plan.find((c) => c.set === 'generated')!.key);
  });

  it('runs a page’s scripts in a window of its own, so the next page parses as if it came first', () => {
    const sabotaged = loadGenerated(sabotagedPage('textContent'))!;
    expect(() => sabotaged.document.body.textContent).toThrow(/no textContent/);
    const plain = loadGenerated(hugePage(3))!;
    expect(plain.document.querySelectorAll('p')).toHaveLength(3);
    expect(plain.document.body.textContent).toContain('Paragraph 2: the council met again');
    sabotaged.close();
  });
});
