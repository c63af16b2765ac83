import { describe, expect, it } from 'vitest';
import { evaluate, sweep, type EvaluationFigures } from './evaluation';
import { generateEvaluationSet } from './generator';
import { AUTO_ACCEPT_DEFAULT, SUGGEST_MIN, suggestMatches } from './index';

/**
 * The issue's measured targets on a generated statement: 1 000 bank lines
 * against 300 open invoices (generator.ts). TUNING_SEED is the set the
 * weights were tuned on; HELD_OUT_SEED was only run once they were fixed.
 */
const TUNING_SEED = 20261207;
const HELD_OUT_SEED = 4242;

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

function report(name: string, f: EvaluationFigures, thresholds: ReturnType<typeof sweep>): string {
  const rows = [
    `bank matching, ${name}: ${f.lines} lines, ${f.payable} pay an open invoice`,
    `  auto-accepted (>= ${AUTO_ACCEPT_DEFAULT}): ${f.auto.count}, precision ${percent(f.auto.precision)}, recall ${percent(f.auto.recall)}`,
    `  suggested (>= ${SUGGEST_MIN}): ${f.suggested.count}, precision ${percent(f.suggested.precision)}, recall ${percent(f.suggested.recall)}`,
    `  calibration: ${f.calibration
      .filter((b) => b.count > 0)
      .map((b) => `[${b.from.toFixed(1)}: ${b.correct}/${b.count}]`)
      .join(' ')}`,
    `  automatic acceptance at other thresholds: ${thresholds.map((t) => `${t.threshold}: ${t.count} lines, precision ${percent(t.precision)}, recall ${percent(t.recall)}`).join('; ')}`,
    `  by kind (right / wrong / lines): ${[...f.byKind]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v.found}/${v.wrong}/${v.lines}`)
      .join(', ')}`,
  ];
  return `${rows.join('\n')}\n`;
}

describe.each([
  ['tuning set', TUNING_SEED],
  ['held-out set', HELD_OUT_SEED],
])('matching evaluation, %s', (name, seed) => {
  it('meets the targets: automatic precision >= 99 %, suggestion recall >= 90 %', () => {
    const set = generateEvaluationSet(seed);
    expect(set.lines).toHaveLength(1000);
    expect(set.invoices).toHaveLength(300);
    const suggestions = suggestMatches(set.lines, set.invoices, set.aliases);
    const figures = evaluate(set, suggestions, { auto: AUTO_ACCEPT_DEFAULT, min: SUGGEST_MIN });
    process.stdout.write(report(name, figures, sweep(set, suggestions, [0.7, 0.8, 0.9, 0.95, 0.98])));
    expect(figures.auto.count).toBeGreaterThan(0);
    expect(figures.auto.precision).toBeGreaterThanOrEqual(0.99);
    expect(figures.suggested.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the generator', () => {
  it('is deterministic and covers the hard cases', () => {
    const a = generateEvaluationSet(7);
    const b = generateEvaluationSet(7);
    expect(a.lines).toEqual(b.lines);
    expect(a.invoices).toEqual(b.invoices);
    const kinds = new Set([...a.kinds.values()].flat());
    for (const kind of [
      'amount:instalments-2',
      'amount:instalments-3',
      'reference:sepa',
      'reference:no-number',
      'payer:spouse',
      'payer:alias-known',
      'payer:paypal',
      'decoy:before-issue',
      'decoy:same-amount',
      'noise:outgoing',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    const amounts = new Map<string, Set<string>>();
    for (const i of a.invoices) amounts.set(i.balance_due, (amounts.get(i.balance_due) ?? new Set()).add(i.contact_id ?? ''));
    const pairs = [...amounts.values()].filter((s) => s.size >= 1);
    expect(pairs.some((s) => s.size >= 2)).toBe(true);
  });
});
