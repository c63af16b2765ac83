import { and, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Database, plainLike, searchIds, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { Contact, ContactCreate, ContactSortField, ContactStatus, ContactUpdate } from './schema';

/**
 * Contact queries. Each takes the tenant transaction first; RLS already
 * restricts rows to the session's account, and every query also filters by
 * user_id explicitly so Postgres uses the (workspace_id, …) indexes.
 */

const c = tables.contacts;

export const contactColumns = {
  id: c.id,
  workspace_id: c.workspace_id,
  user_id: c.user_id,
  first_name: c.first_name,
  last_name: c.last_name,
  email: c.email,
  phone: c.phone,
  company: c.company,
  position: c.position,
  address: c.address,
  notes: c.notes,
  status: c.status,
  hourly_rate: c.hourly_rate,
  created_at: c.created_at,
  updated_at: c.updated_at,
};

export interface ContactFilters {
  workspaceId: string;
  q?: string;
  status?: ContactStatus;
  /** text the job title contains (case-insensitive) */
  position?: string;
  /** the contacts this person added */
  creatorId?: string;
}

/**
 * The digits of a query that looks like a phone number (digits and the usual
 * separators only, at least three digits), else null. Phone numbers are
 * matched on their digits, so "+44 20 7946", "7946 0123" and "(555) 010-4477"
 * find the number however it was typed or stored.
 */
export function phoneDigits(q: string): string | null {
  if (!/^[\d\s()+\-./]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, '');
  return digits.length >= 3 ? digits : null;
}

/**
 * The ids the trigram indexes find (docs/decisions/0156-searches-under-rls.md), else (a frequent term) the plain `like`,
 * its pattern as a subquery so that the page walks the sort's index (0177).
 */
async function searchCondition(tx: Database, q: string): Promise<SQL | undefined> {
  const digits = phoneDigits(q);
  const ids = await searchIds(tx, c.id, 'contacts', q, digits);
  if (ids) return ids;
  const text = plainLike(sql.identifier('search'), q);
  if (!digits) return text;
  return or(text, sql`regexp_replace(coalesce(${c.phone}, ''), '[^0-9]', '', 'g') like ${`%${digits}%`}`);
}

/**
 * The contacts whose job title contains `position` (docs/decisions/0229-contacts-position-filter.md): the ids its own
 * trigram index finds through `app.search_ids`, else (a title most contacts share) the plain `like` on it.
 */
async function positionCondition(tx: Database, position: string): Promise<SQL> {
  return (await searchIds(tx, c.id, 'contacts_position', position)) ?? plainLike(sql`lower(${c.position})`, position);
}

async function where(tx: Database, filters: ContactFilters): Promise<SQL | undefined> {
  return and(
    eq(c.workspace_id, filters.workspaceId),
    filters.status ? eq(c.status, filters.status) : undefined,
    filters.creatorId ? eq(c.user_id, filters.creatorId) : undefined,
    filters.q ? await searchCondition(tx, filters.q) : undefined,
    filters.position ? await positionCondition(tx, filters.position) : undefined,
  );
}

const sortExpressions: Record<ContactSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  created_at: { expr: c.created_at, cast: 'timestamptz' },
  updated_at: { expr: c.updated_at, cast: 'timestamptz' },
  first_name: { expr: sql`lower(${c.first_name})`, cast: 'text' },
  last_name: { expr: sql`lower(coalesce(${c.last_name}, ''))`, cast: 'text' },
  company: { expr: sql`lower(coalesce(${c.company}, ''))`, cast: 'text' },
  email: { expr: sql`lower(coalesce(${c.email}, ''))`, cast: 'text' },
};

export function contactSort(field: ContactSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectContacts(
  tx: Database,
  filters: ContactFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(Contact & { _sort: string })[]> {
  const rows = await tx
    .select({ ...contactColumns, _sort: sortKey(sort) })
    .from(c)
    .where(and(await where(tx, filters), after(sort, c.id, cursor)))
    .orderBy(...orderBy(sort, c.id))
    .limit(limit);
  return rows as (Contact & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countContacts(tx: Database, filters: ContactFilters): Promise<Total> {
  return boundedCount(tx, c, await where(tx, filters));
}

export async function selectContact(tx: Database, workspaceId: string, id: string): Promise<Contact | undefined> {
  const [row] = await tx
    .select(contactColumns)
    .from(c)
    .where(and(eq(c.workspace_id, workspaceId), eq(c.id, id)))
    .limit(1);
  return row as Contact | undefined;
}

export async function insertContacts(tx: Database, workspaceId: string, values: ContactCreate[]): Promise<Contact[]> {
  if (values.length === 0) return [];
  const rows = await tx
    .insert(c)
    .values(values.map((v) => ({ ...v, workspace_id: workspaceId })))
    .returning(contactColumns);
  return rows as Contact[];
}

export async function updateContactRow(tx: Database, workspaceId: string, id: string, values: ContactUpdate): Promise<Contact | undefined> {
  const [row] = await tx
    .update(c)
    .set(values)
    .where(and(eq(c.workspace_id, workspaceId), eq(c.id, id)))
    .returning(contactColumns);
  return row as Contact | undefined;
}

export async function deleteContactRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(c)
    .where(and(eq(c.workspace_id, workspaceId), eq(c.id, id)))
    .returning({ id: c.id });
  return rows.length > 0;
}

/** How many invoices and transactions refer to the contact (they block deletion). */
export async function contactReferences(tx: Database, workspaceId: string, id: string): Promise<{ invoices: number }> {
  const [row] = await tx
    .select({ invoices: count() })
    .from(tables.invoices)
    .where(and(eq(tables.invoices.workspace_id, workspaceId), eq(tables.invoices.contact_id, id)));
  return { invoices: row?.invoices ?? 0 };
}

/**
 * Contacts whose first name, last name, full name or company appear in `text`
 * (trigram word similarity, so typos still match), best first. Used by the
 * assistant to recognise the people a request mentions.
 */
export async function selectContactsMentioned(
  tx: Database,
  workspaceId: string,
  text: string,
  limit: number,
): Promise<(Pick<Contact, 'id' | 'first_name' | 'last_name' | 'company' | 'email' | 'status'> & { score: number })[]> {
  const q = text.toLowerCase();
  const score = sql<number>`greatest(
    word_similarity(lower(${c.first_name}), ${q}),
    word_similarity(lower(coalesce(${c.last_name}, '')), ${q}),
    word_similarity(lower(${c.first_name} || ' ' || coalesce(${c.last_name}, '')), ${q}),
    word_similarity(lower(coalesce(${c.company}, '')), ${q}))`;
  const rows = await tx
    .select({
      id: c.id,
      first_name: c.first_name,
      last_name: c.last_name,
      company: c.company,
      email: c.email,
      status: c.status,
      score: sql<number>`(${score})::float8`,
    })
    .from(c)
    .where(and(eq(c.workspace_id, workspaceId), sql`${score} >= 0.2`))
    .orderBy(sql`${score} desc`, c.id)
    .limit(limit);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

export async function selectContactNames(
  tx: Database,
  workspaceId: string,
  ids: string[],
): Promise<{ id: string; first_name: string; last_name: string | null }[]> {
  return tx
    .select({ id: c.id, first_name: c.first_name, last_name: c.last_name })
    .from(c)
    .where(and(eq(c.workspace_id, workspaceId), inArray(c.id, ids)));
}

/** Contacts of the account by lower-cased email (the oldest when several share one). */
export async function selectContactIdsByEmail(tx: Database, workspaceId: string, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await selectRows<{ email: string; id: string }>(
    tx,
    sql`select distinct on (lower(c.email)) lower(c.email) as email, c.id
        from public.contacts c
        where c.workspace_id = ${workspaceId}
          and lower(coalesce(c.email, '')) in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))
        order by lower(c.email), c.created_at, c.id`,
  );
  return new Map(rows.map((r) => [r.email, r.id]));
}

const IMPORT_RECORD = sql.raw(
  `first_name text, last_name text, email text, phone text, company text, "position" text, address text, notes text, status text`,
);

/** Many contacts in one statement (CSV import); returns how many were written. */
export async function insertContactsBulk(tx: Database, workspaceId: string, values: ContactCreate[]): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await selectRows<{ n: number }>(
    tx,
    sql`with inserted as (
          insert into public.contacts (workspace_id, first_name, last_name, email, phone, company, "position", address, notes, status)
          select ${workspaceId}::uuid, v.first_name, v.last_name, v.email, v.phone, v.company, v."position", v.address, v.notes,
                 coalesce(v.status, 'lead')
          from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(${IMPORT_RECORD})
          returning 1
        )
        select count(*)::int as n from inserted`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Fills existing contacts with the given non-empty values, in one statement (CSV import with `update`). */
export async function updateContactsBulk(
  tx: Database,
  workspaceId: string,
  updates: { id: string; values: ContactCreate }[],
): Promise<number> {
  if (updates.length === 0) return 0;
  const records = updates.map((u) => ({ id: u.id, ...u.values }));
  const rows = await selectRows<{ n: number }>(
    tx,
    sql`with updated as (
          update public.contacts c set
            first_name = coalesce(v.first_name, c.first_name),
            last_name = coalesce(v.last_name, c.last_name),
            email = coalesce(v.email, c.email),
            phone = coalesce(v.phone, c.phone),
            company = coalesce(v.company, c.company),
            "position" = coalesce(v."position", c."position"),
            address = coalesce(v.address, c.address),
            notes = coalesce(v.notes, c.notes),
            status = coalesce(v.status, c.status)
          from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(id uuid, ${IMPORT_RECORD})
          where c.id = v.id and c.workspace_id = ${workspaceId}
          returning 1
        )
        select count(*)::int as n from updated`,
  );
  return Number(rows[0]?.n ?? 0);
}
