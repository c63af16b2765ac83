import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { getDriver, selectRows } from '@/lib/db';

/**
 * A workspace's rows copied into another workspace in SQL: what seeding an
 * account through the services leaves (records, their items, counters,
 * summaries, audit trail) for a fraction of the cost. Used where a test needs
 * many accounts holding the same records (the assistant corpus confirms each
 * irreversible write on an account of its own).
 *
 * Every table with a `workspace_id` is copied, read in physical order and
 * written in the same order, column for column (generated columns are
 * computed again, identity values kept); every uuid that names a copied row,
 * the workspace or its owner is replaced by a new one, in the columns and
 * inside JSON (an audit entry's changes). Triggers do not run while copying:
 * the counters, summaries and audit rows they would write are copied as they
 * are. Runs as the database owner, outside row level security.
 */

interface Table {
  name: string;
  /** The columns an insert may set (not the generated ones). */
  columns: string[];
  /** An identity column that is GENERATED ALWAYS (its values are kept: OVERRIDING SYSTEM VALUE). */
  identity: boolean;
  hasId: boolean;
}

export interface WorkspaceTemplate {
  workspaceId: string;
  userId: string;
  /** Each table's rows as JSON, in physical order. */
  rows: Record<string, unknown[]>;
  /** The same, serialized once: each copy rewrites its uuids as text. */
  text: string;
  /** The uuids a copy replaces. */
  ids: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let tables: Promise<Table[]> | null = null;

/** The tables holding a workspace's rows: every base table of `public` with a `workspace_id`. */
function workspaceTables(): Promise<Table[]> {
  tables ??= (async () => {
    const { db } = await getDriver();
    const rows = await selectRows<{ name: string; columns: string[]; identity: boolean; has_id: boolean }>(
      db,
      sql`select c.table_name as name,
                 array_agg(c.column_name::text order by c.ordinal_position) filter (where c.is_generated = 'NEVER') as columns,
                 bool_or(c.is_identity = 'YES' and c.identity_generation = 'ALWAYS') as identity,
                 bool_or(c.column_name = 'id' and c.data_type = 'uuid') as has_id
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
           where c.table_schema = 'public'
           group by c.table_name
          having bool_or(c.column_name = 'workspace_id')
           order by c.table_name`,
    );
    return rows.map((r) => ({ name: r.name, columns: r.columns, identity: r.identity, hasId: r.has_id }));
  })();
  return tables;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A workspace id, checked before it is written into a statement. */
function literalId(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  return `'${id}'`;
}

/** Every row of workspace `workspaceId`, per table, in physical order. */
async function readWorkspace(workspaceId: string): Promise<Record<string, unknown[]>> {
  const { db } = await getDriver();
  const query = (await workspaceTables())
    .map(
      (t) =>
        `select '${t.name}' as t, coalesce((select jsonb_agg(to_jsonb(x) order by x.ctid) from public.${ident(t.name)} x where x.workspace_id = ${literalId(workspaceId)}), '[]'::jsonb) as rows`,
    )
    .join(' union all ');
  const rows = await selectRows<{ t: string; rows: unknown[] }>(db, sql.raw(query));
  return Object.fromEntries(rows.map((r) => [r.t, r.rows]));
}

/** What a copy of workspace `workspaceId`, owned by `userId` and holding nothing of anyone else, takes. */
export async function workspaceTemplate(workspaceId: string, userId: string): Promise<WorkspaceTemplate> {
  const rows = await readWorkspace(workspaceId);
  const ids = new Set([workspaceId, userId]);
  for (const [name, list] of Object.entries(rows)) {
    if (!(await workspaceTables()).find((t) => t.name === name)?.hasId) continue;
    for (const row of list as { id: string }[]) ids.add(row.id);
  }
  return { workspaceId, userId, rows, text: JSON.stringify(rows), ids: [...ids] };
}

/**
 * Replaces every row of workspace `workspaceId` (owned by `userId`, e.g. a new account's personal
 * workspace with its default stages) with a copy of `template`'s, then reads them back and
 * throws unless they are the template's, row for row, with only the uuids changed.
 */
export async function copyWorkspace(template: WorkspaceTemplate, workspaceId: string, userId: string): Promise<void> {
  const fresh = new Map<string, string>(template.ids.map((id) => [id, randomUUID()]));
  fresh.set(template.workspaceId, workspaceId);
  fresh.set(template.userId, userId);
  const text = template.text.replace(UUID, (id) => fresh.get(id) ?? id);
  const rows = JSON.parse(text) as Record<string, unknown[]>;
  const all = await workspaceTables();
  const { db } = await getDriver();
  const filled = all.filter((t) => (rows[t.name] ?? []).length > 0);
  const inserts = filled.map(
    (t, i) =>
      sql`${sql.raw(`${i === 0 ? 'with' : ','} t${i} as (insert into public.${ident(t.name)} (${t.columns.map(ident).join(', ')}) ${t.identity ? 'overriding system value ' : ''}select ${t.columns.map(ident).join(', ')} from jsonb_populate_recordset(null::public.${ident(t.name)}, `)}${JSON.stringify(rows[t.name])}::jsonb${sql.raw(') returning 1)')}`,
  );
  await db.transaction(async (tx) => {
    // no trigger runs (nor foreign key check: the rows come from a consistent workspace)
    await tx.execute(sql`set local session_replication_role = replica`);
    const deletes = all.map((t) => `delete from public.${ident(t.name)} where workspace_id = ${literalId(workspaceId)};`).join(' ');
    await tx.execute(sql.raw(`do $copy$ begin ${deletes} end $copy$`));
    if (inserts.length > 0) await tx.execute(sql.join([...inserts, sql.raw(' select 1')]));
  });
  const copied = await readWorkspace(workspaceId);
  for (const t of all) {
    // the same rows, compared as sets: an insert may land in free space of an earlier page
    const want = (rows[t.name] ?? []).map((row) => JSON.stringify(row)).sort();
    const got = (copied[t.name] ?? []).map((row) => JSON.stringify(row)).sort();
    if (!isDeepStrictEqual(got, want))
      throw new Error(
        `copying workspace ${template.workspaceId}: ${t.name} reads back unlike the template (${got.length} rows, the template ${want.length})`,
      );
  }
}
