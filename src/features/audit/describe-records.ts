import type { AuditContext } from './schema';
import { sameValue } from './describe-values';
import { type ChangeRow } from './describe-words';

/** The audit rows of one change, merged per record (first value before, last value after). */

// ---------------------------------------------------------------------------
// Records: the rows of one change merged per record
// ---------------------------------------------------------------------------

export interface Rec {
  entity: string;
  id: string;
  kind: 'insert' | 'update' | 'delete' | 'none';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  context: AuditContext;
}

export const isEvent = (row: ChangeRow) => row.action.includes('.');

export function mergeRecords(rows: ChangeRow[]): Rec[] {
  const records = new Map<string, Rec>();
  for (const row of rows) {
    if (row.action !== 'insert' && row.action !== 'update' && row.action !== 'delete') continue;
    const key = `${row.entity}:${row.entity_id ?? row.id}`;
    let rec = records.get(key);
    if (!rec) {
      rec = { entity: row.entity, id: row.entity_id ?? row.id, kind: 'none', before: {}, after: {}, context: {} };
      records.set(key, rec);
      // a record seen first in an update or delete existed before the change
      if (row.action !== 'insert') rec.kind = 'update';
    }
    rec.context = { ...rec.context, ...(row.context ?? {}) };
    const changes = row.changes ?? {};
    if (row.action === 'insert') {
      rec.kind = rec.kind === 'delete' ? 'update' : 'insert';
      rec.after = { ...changes };
    } else if (row.action === 'update') {
      for (const [field, pair] of Object.entries(changes)) {
        const [before, after] = Array.isArray(pair) && pair.length === 2 ? pair : [undefined, pair];
        if (rec.kind !== 'insert' && !(field in rec.before)) rec.before[field] = before;
        rec.after[field] = after;
      }
    } else {
      if (rec.kind === 'insert') rec.kind = 'none';
      else {
        rec.kind = 'delete';
        for (const [field, value] of Object.entries(changes)) if (!(field in rec.before)) rec.before[field] = value;
        rec.after = {};
      }
    }
  }
  return [...records.values()].filter((r) => r.kind !== 'none');
}

/** The fields whose value differs from before to after (net), in a stable order. */
export function changedFields(rec: Rec): string[] {
  const fields = [...new Set([...Object.keys(rec.before), ...Object.keys(rec.after)])];
  return fields.filter((f) => f in rec.after && !sameValue(rec.before[f], rec.after[f]));
}

/** The record's fields as they are after the change (or were, when deleted). */
export function state(rec: Rec): Record<string, unknown> {
  return rec.kind === 'delete' ? rec.before : { ...rec.before, ...rec.after };
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function personName(row: Record<string, unknown>): string | null {
  const name = [str(row.first_name), str(row.last_name)].filter(Boolean).join(' ');
  return name || null;
}
