import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { detectFormat, parseStatement, StatementError, type StatementFormat } from './index';

/**
 * Mutated fixtures and random bytes: every outcome is a statement or a
 * StatementError (the route's 400), never another exception (a 500).
 */
const dir = path.join(__dirname, 'fixtures');
const fixtures = readdirSync(dir).map((name) => new Uint8Array(readFileSync(path.join(dir, name))));

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOKENS = [
  '<',
  '>',
  '</',
  '&',
  ';',
  ',',
  '"',
  '\n',
  '\t',
  '-',
  '(',
  ')',
  '.',
  '0',
  '9',
  '<Ntry>',
  '</Ntry>',
  '<STMTTRN>',
  '<TRNAMT>',
  '\u0000',
  '\uFEFF',
  '€',
];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e += 1) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 20));
    else if (kind < 0.6) out = out.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + out.slice(at);
    else if (kind < 0.8) out = out.slice(0, at);
    else out = out.slice(0, at) + out.slice(at, at + 40) + out.slice(at);
  }
  return new TextEncoder().encode(out);
}

function outcome(bytes: Uint8Array, format: StatementFormat): 'ok' | 'refused' {
  try {
    const statement = parseStatement(bytes, format);
    for (const line of statement.lines) {
      expect(line.amount).toMatch(/^-?\d{1,12}\.\d{2}$/);
      expect(line.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.description.length).toBeGreaterThan(0);
    }
    return 'ok';
  } catch (error) {
    if (error instanceof StatementError) return 'refused';
    throw new Error(`${format}: ${(error as Error).stack}\n--- input ---\n${new TextDecoder().decode(bytes).slice(0, 2000)}`);
  }
}

it('never throws anything but a StatementError on mutated fixtures', { timeout: 120_000 }, () => {
  const random = prng(20261207);
  const counts = { ok: 0, refused: 0 };
  for (const bytes of fixtures) {
    for (let i = 0; i < 150; i += 1) {
      const mutated = mutate(bytes, random);
      let format: StatementFormat;
      try {
        format = detectFormat('', mutated);
      } catch (error) {
        expect(error).toBeInstanceOf(StatementError);
        continue;
      }
      counts[outcome(mutated, format)] += 1;
      for (const other of ['csv', 'ofx', 'camt053'] as const) if (other !== format) outcome(mutated, other);
    }
  }
  expect(counts.ok).toBeGreaterThan(0);
  expect(counts.refused).toBeGreaterThan(0);
});

it('never throws anything but a StatementError on random bytes', () => {
  const random = prng(42);
  for (let i = 0; i < 200; i += 1) {
    const bytes = new Uint8Array(Math.floor(random() * 400)).map(() => Math.floor(random() * 256));
    for (const format of ['csv', 'ofx', 'camt053'] as const) outcome(bytes, format);
  }
});
