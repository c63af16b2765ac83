import type { ParsedCsv } from '@/lib/csv';
import { zodDetails } from '@/lib/validation';
import {
  CONTACT_STATUSES,
  type ContactCreate,
  contactCreateSchema,
  type ContactStatus,
  type DuplicateMode,
  type ImportAction,
  type ImportDuplicate,
  type ImportRowError,
  type ImportTarget,
  MULTI_COLUMN_TARGETS,
} from './schema';

/**
 * CSV import of contacts, the pure part: guess which column is which field
 * (Google Contacts, HubSpot, our own export, plain spreadsheets), turn each
 * row into a contact validated by the same schema as the API, and decide per
 * row what happens (create, update, skip as a duplicate, or error).
 */

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Normalised header → field. Checked in order; the first column to match a single-column field wins. */
const HEADER_RULES: [RegExp, ImportTarget | 'address_part'][] = [
  [/^(firstname|givenname|first|forename|vorname|prenom)$/, 'first_name'],
  [/^(lastname|familyname|surname|last|nachname)$/, 'last_name'],
  [/^(name|fullname|displayname|contactname|contact|nom)$/, 'full_name'],
  [/^(e?mail(address)?|e?mail\d+(value)?|primarye?mail|worke?mail|emailaddress\d*)$/, 'email'],
  [/^(phone(number)?|phone\d+(value)?|mobile(phone)?(number)?|cell(phone)?|tel|telephone|telefon|workphone|primaryphone)$/, 'phone'],
  [/^(company(name)?|organi[sz]ation(\d+)?(name)?|organi[sz]ation|employer|business|firma|account(name)?)$/, 'company'],
  [/^(position|title|jobtitle|role|organi[sz]ation\d*title|organi[sz]ationtitle|occupation)$/, 'position'],
  [/^(address|fulladdress|mailingaddress|postaladdress|address\d+formatted|formattedaddress|anschrift)$/, 'address'],
  [
    /^(street(address)?|address\d*street|addressline\d|city|town|address\d*city|state|region|stateregion|province|address\d*region|postalcode|postcode|zip(code)?|address\d*postalcode|country(region)?|address\d*country|address\d*pobox|address\d*extendedaddress)$/,
    'address_part',
  ],
  [/^(notes?|comments?|description|remarks)$/, 'notes'],
  [/^(status|lifecyclestage|contactstatus|stage|type)$/, 'status'],
];

/** The mapping a person would most likely choose, one entry per column (null: not imported). */
export function guessMapping(headers: readonly string[]): (ImportTarget | null)[] {
  const guessed = headers.map((header) => {
    const key = normalise(header);
    return HEADER_RULES.find(([pattern]) => pattern.test(key))?.[1] ?? null;
  });
  // a whole address wins over its parts; without one, the parts are joined
  const hasWholeAddress = guessed.includes('address');
  const taken = new Set<ImportTarget>();
  return guessed.map((target) => {
    if (target === 'address_part') return hasWholeAddress ? null : 'address';
    if (target === null) return null;
    if (MULTI_COLUMN_TARGETS.includes(target)) return target;
    if (taken.has(target)) return null;
    taken.add(target);
    return target;
  });
}

/** Problems with a mapping itself (before any row is looked at). */
export function mappingProblems(mapping: readonly (ImportTarget | null)[], columns: number): string[] {
  const problems: string[] = [];
  if (mapping.length !== columns) problems.push(`must have one entry per column: the file has ${columns}, the mapping ${mapping.length}`);
  const seen = new Map<ImportTarget, number>();
  for (const target of mapping) if (target) seen.set(target, (seen.get(target) ?? 0) + 1);
  for (const [target, n] of seen) {
    if (n > 1 && !MULTI_COLUMN_TARGETS.includes(target))
      problems.push(`maps ${n} columns to ${target}; only address and notes take several`);
  }
  if (!seen.has('first_name') && !seen.has('full_name')) problems.push('must map a column to first_name or full_name');
  return problems;
}

const STATUS_SYNONYMS: Record<string, ContactStatus> = {
  lead: 'lead',
  subscriber: 'lead',
  prospect: 'lead',
  marketingqualifiedlead: 'lead',
  salesqualifiedlead: 'lead',
  mql: 'lead',
  sql: 'lead',
  opportunity: 'lead',
  new: 'lead',
  other: 'lead',
  active: 'active',
  current: 'active',
  customer: 'customer',
  client: 'customer',
  evangelist: 'customer',
  inactive: 'inactive',
  archived: 'inactive',
  former: 'inactive',
  churned: 'inactive',
};

/** A status as spreadsheets and CRMs write it → ours; undefined when unknown. */
export function normaliseStatus(value: string): ContactStatus | undefined {
  const key = normalise(value);
  if ((CONTACT_STATUSES as readonly string[]).includes(key)) return key as ContactStatus;
  return STATUS_SYNONYMS[key];
}

/** "Ada King Lovelace" → first "Ada King", last "Lovelace". */
export function splitFullName(full: string): { first: string; last: string | null } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return { first: parts[0] ?? '', last: null };
  return { first: parts.slice(0, -1).join(' '), last: parts[parts.length - 1]! };
}

export interface PreparedRow {
  /** Spreadsheet row (header = 1). */
  row: number;
  values: Partial<Record<ImportTarget, string | null>>;
  contact?: ContactCreate;
  /** Lower-cased email, for duplicate detection. */
  email: string | null;
  errors: ImportRowError[];
}

/** Applies the mapping to each row and validates it with the contact schema. */
export function prepareRows(parsed: ParsedCsv, mapping: readonly (ImportTarget | null)[]): PreparedRow[] {
  const columns = parsed.header.length;
  return parsed.rows.map((cells, index) => {
    const row = index + 2;
    const errors: ImportRowError[] = [];
    if (cells.length > columns && cells.slice(columns).some((c) => c.trim() !== '')) {
      errors.push({ row, field: '(row)', message: `has ${cells.length} cells, the header has ${columns}` });
    }
    const collected: Partial<Record<ImportTarget, string[]>> = {};
    mapping.forEach((target, i) => {
      const cell = (cells[i] ?? '').trim();
      if (target && cell !== '') (collected[target] ??= []).push(cell);
    });
    const values: Partial<Record<ImportTarget, string | null>> = {};
    for (const [target, list] of Object.entries(collected) as [ImportTarget, string[]][]) {
      values[target] = list.join(target === 'notes' ? '\n' : ', ');
    }
    const candidate: Record<string, unknown> = {};
    let first = values.first_name ?? null;
    let last = values.last_name ?? null;
    if (values.full_name && !first) {
      const split = splitFullName(values.full_name);
      first = split.first;
      last = last ?? split.last;
    }
    candidate.first_name = first ?? '';
    for (const field of ['email', 'phone', 'company', 'position', 'address', 'notes'] as const) {
      if (values[field] != null) candidate[field] = values[field];
    }
    if (last) candidate.last_name = last;
    if (values.status) {
      const status = normaliseStatus(values.status);
      if (status) candidate.status = status;
      else
        errors.push({
          row,
          field: 'status',
          message: `"${values.status.slice(0, 40)}" is not a status we know (${CONTACT_STATUSES.join(', ')})`,
        });
    }
    const parsedContact = contactCreateSchema.safeParse(candidate);
    if (!parsedContact.success) {
      for (const [field, problems] of Object.entries(zodDetails(parsedContact.error))) {
        for (const message of problems) errors.push({ row, field, message });
      }
    }
    const contact = parsedContact.success ? parsedContact.data : undefined;
    return { row, values, contact, email: contact?.email ? contact.email.toLowerCase() : null, errors };
  });
}

export interface ImportPlan {
  rows: { row: PreparedRow; action: ImportAction; contactId?: string }[];
  creates: ContactCreate[];
  updates: { id: string; values: ContactCreate }[];
  errors: ImportRowError[];
  duplicates: ImportDuplicate[];
}

/**
 * Decides each row's fate. Duplicates are found by email (case-insensitive):
 * within the file (a later row repeating an earlier row's email) and against
 * the account's contacts (`existing`: email → contact id).
 */
export function planImport(prepared: readonly PreparedRow[], existing: ReadonlyMap<string, string>, mode: DuplicateMode): ImportPlan {
  const plan: ImportPlan = { rows: [], creates: [], updates: [], errors: [], duplicates: [] };
  const firstRowOf = new Map<string, number>();
  for (const row of prepared) {
    if (row.errors.length > 0 || !row.contact) {
      plan.errors.push(...row.errors);
      plan.rows.push({ row, action: 'error' });
      continue;
    }
    const email = row.email;
    if (email) {
      const earlier = firstRowOf.get(email);
      if (earlier !== undefined) {
        plan.duplicates.push({ row: row.row, email, source: 'file', first_row: earlier });
        if (mode !== 'create') {
          plan.rows.push({ row, action: 'skip' });
          continue;
        }
      } else {
        firstRowOf.set(email, row.row);
        const contactId = existing.get(email);
        if (contactId) {
          plan.duplicates.push({ row: row.row, email, source: 'existing', contact_id: contactId });
          if (mode === 'update') {
            plan.updates.push({ id: contactId, values: row.contact });
            plan.rows.push({ row, action: 'update', contactId });
            continue;
          }
          if (mode === 'skip') {
            plan.rows.push({ row, action: 'skip', contactId });
            continue;
          }
        }
      }
    }
    plan.creates.push(row.contact);
    plan.rows.push({ row, action: 'create' });
  }
  return plan;
}
