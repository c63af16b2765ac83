import { createHash } from 'node:crypto';
import type { DraftLine, ParsedLine } from './types';

const MAX_TEXT = 500;

/** Whitespace collapsed, control characters dropped, trimmed and bounded; empty → null. */
export function cleanText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** Joins the non-empty parts with a space. */
export function joinText(...parts: (string | null | undefined)[]): string | null {
  return cleanText(parts.filter((p) => p && p.trim() !== '').join(' '));
}

/**
 * The parsers' common last step: a description that is never empty, bank ids
 * that are really unique (an id repeated inside one file identifies nothing,
 * so those lines fall back to the fingerprint), and each line's position
 * within its booking date in file order.
 */
export function finishLines(drafts: DraftLine[]): ParsedLine[] {
  const idCounts = new Map<string, number>();
  for (const d of drafts) if (d.bank_id) idCounts.set(d.bank_id, (idCounts.get(d.bank_id) ?? 0) + 1);
  const perDay = new Map<string, number>();
  return drafts.map((d) => {
    const position = perDay.get(d.date) ?? 0;
    perDay.set(d.date, position + 1);
    return {
      ...d,
      description: d.description || d.counterparty || d.reference || d.bank_id || 'Bank transaction',
      bank_id: d.bank_id && idCounts.get(d.bank_id) === 1 ? d.bank_id : null,
      position,
    };
  });
}

/** Lower case, accents and punctuation dropped, whitespace collapsed: how two exports of one line compare. */
export function normaliseForFingerprint(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A stable SHA-256 (hex) of the account, the booking date, the amount, the
 * normalised description and the position within the day: the duplicate key
 * of a line that has no bank id. Two identical coffees on one day differ by
 * position; the same line in a later, overlapping file keeps its key as long
 * as the file holds that whole day in the same order.
 */
export function lineFingerprint(accountId: string, line: ParsedLine): string {
  const key = [accountId, line.date, line.amount, normaliseForFingerprint(line.description), String(line.position)].join('\u001f');
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
