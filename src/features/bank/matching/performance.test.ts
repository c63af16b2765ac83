import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { generateEvaluationSet } from './generator';
import { suggestMatches } from './index';

/**
 * Invoices are indexed by amount, number and name word, so a line is scored
 * against a handful of them, not all. Printed, not asserted: timings depend on
 * the machine and its load. The first run includes the JIT's warm-up (what the
 * first import after a server start sees), the second does not.
 */
describe('suggestMatches performance', () => {
  it('matches 10 000 lines against 1 000 open invoices', () => {
    const set = generateEvaluationSet(99, { lines: 10_000, invoices: 1_000 });
    for (const run of ['first run', 'second run']) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = suggestMatches(set.lines, set.invoices, set.aliases);
      const used = process.cpuUsage(cpu);
      const elapsed = performance.now() - started;
      process.stdout.write(
        `bank matching, ${run}: ${set.lines.length} lines x ${set.invoices.length} invoices in ${elapsed.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)\n`,
      );
      expect(result.size).toBe(10_000);
      expect([...result.values()].filter(Boolean).length).toBeGreaterThan(500);
    }
  });
});
