import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar.js';

describe('progressBar', () => {
  it('off a terminal: one line per tenth, a new bar per phase, done counted from each phase', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar<{ phase: string; done: number; total: number }>((p) => p.phase, stream);
    for (const done of [1, 2, 500, 1000]) bar.update({ phase: 'check', done, total: 1000 });
    for (const done of [400, 1000]) bar.update({ phase: 'write', done, total: 1000 });
    bar.done();
    // The rate and ETA depend on the clock; the rest is exact.
    expect(lines.map((l) => l.replace(/\).*$/s, ')'))).toEqual([
      '[------------------------------]   0%  1/1,000 rows (check)',
      '[###############---------------]  50%  500/1,000 rows (check)',
      '[##############################] 100%  1,000/1,000 rows (check)',
      '[############------------------]  40%  400/1,000 rows (write)',
      '[##############################] 100%  1,000/1,000 rows (write)',
    ]);
  });
});
