import type { EvaluationSet } from './generator';
import type { Suggestion } from './types';

/** Precision, recall and calibration of the matcher's suggestions against a generated set's ground truth (ADR 0121). */

export interface EvaluationFigures {
  lines: number;
  payable: number;
  auto: { count: number; correct: number; precision: number; recall: number };
  suggested: { count: number; correct: number; precision: number; recall: number };
  /** per confidence decile: how many suggestions and how many were right */
  calibration: { from: number; count: number; correct: number }[];
  /** per line kind: lines of that kind that pay an invoice and how many got the right suggestion */
  byKind: Map<string, { lines: number; found: number; wrong: number }>;
}

export function evaluate(
  set: EvaluationSet,
  suggestions: Map<string, Suggestion | null>,
  thresholds: { auto: number; min: number },
): EvaluationFigures {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  let payable = 0;
  const auto = { count: 0, correct: 0 };
  const suggested = { count: 0, correct: 0 };
  const calibration = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, count: 0, correct: 0 }));
  const byKind = new Map<string, { lines: number; found: number; wrong: number }>();
  for (const line of set.lines) {
    const truth = set.truth.get(line.id) ?? null;
    const s = suggestions.get(line.id) ?? null;
    if (truth) payable++;
    const usable = s && s.confidence >= thresholds.min ? s : null;
    const right = usable !== null && usable.invoice_id === truth;
    if (usable) {
      suggested.count++;
      if (right) suggested.correct++;
      const bucket = calibration[Math.min(9, Math.floor(usable.confidence * 10))]!;
      bucket.count++;
      if (right) bucket.correct++;
      if (usable.confidence >= thresholds.auto) {
        auto.count++;
        if (right) auto.correct++;
      }
    }
    for (const kind of set.kinds.get(line.id) ?? []) {
      const entry = byKind.get(kind) ?? { lines: 0, found: 0, wrong: 0 };
      entry.lines++;
      if (right) entry.found++;
      else if (usable) entry.wrong++;
      byKind.set(kind, entry);
    }
  }
  return {
    lines: set.lines.length,
    payable,
    auto: { ...auto, precision: ratio(auto.correct, auto.count), recall: ratio(auto.correct, payable) },
    suggested: { ...suggested, precision: ratio(suggested.correct, suggested.count), recall: ratio(suggested.correct, payable) },
    calibration,
    byKind,
  };
}

/** Precision and recall of automatic acceptance at other thresholds: the figures behind AUTO_ACCEPT_DEFAULT. */
export function sweep(set: EvaluationSet, suggestions: Map<string, Suggestion | null>, thresholds: number[]) {
  return thresholds.map((threshold) => {
    const figures = evaluate(set, suggestions, { auto: threshold, min: threshold });
    return { threshold, count: figures.auto.count, precision: figures.auto.precision, recall: figures.auto.recall };
  });
}
