import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { AiAction, AiActionStatus, AiLog, AiLogStatus } from './schema';

/**
 * Queries on ai_logs and ai_actions. Each takes the tenant transaction first
 * and filters by workspace_id explicitly (RLS filters as well).
 */

const l = tables.aiLogs;
const a = tables.aiActions;

export const ACTION_TTL_HOURS = 24;

const actionColumns = {
  id: a.id,
  log_id: a.log_id,
  tool: a.tool,
  args: a.args,
  summary: a.summary,
  status: a.status,
  result: a.result,
  reversible: sql<boolean>`(${a.undo} is not null)`,
  created_at: a.created_at,
  decided_at: a.decided_at,
};

export async function insertLog(
  tx: Database,
  workspaceId: string,
  values: {
    query: string;
    engine: string;
    status: AiLogStatus;
    response?: string | null;
    action_taken?: string | null;
    duration_ms?: number | null;
    metadata?: Record<string, unknown>;
  },
): Promise<{ id: string; created_at: Date }> {
  const [row] = await tx
    .insert(l)
    .values({ ...values, workspace_id: workspaceId, metadata: values.metadata ?? {} })
    .returning({ id: l.id, created_at: l.created_at });
  return row!;
}

export async function finishLog(
  tx: Database,
  workspaceId: string,
  id: string,
  values: {
    response: string | null;
    action_taken: string | null;
    status: AiLogStatus;
    duration_ms: number;
    metadata: Record<string, unknown>;
  },
): Promise<void> {
  await tx
    .update(l)
    .set({ ...values, metadata: sql`${l.metadata} || ${JSON.stringify(values.metadata)}::jsonb` })
    .where(and(eq(l.workspace_id, workspaceId), eq(l.id, id)));
}

/**
 * Counts one tool call on a running exchange and returns the calls so far,
 * or undefined when the exchange is not running (finished, or not this user's).
 */
export async function recordToolCall(
  tx: Database,
  workspaceId: string,
  logId: string,
  call: { tool: string; ok: boolean },
): Promise<number | undefined> {
  const [row] = await tx
    .update(l)
    .set({
      metadata: sql`${l.metadata} || jsonb_build_object('tool_calls',
        coalesce(${l.metadata} -> 'tool_calls', '[]'::jsonb) || ${JSON.stringify([call])}::jsonb)`,
    })
    .where(and(eq(l.workspace_id, workspaceId), eq(l.id, logId), eq(l.status, 'running')))
    .returning({ n: sql<number>`jsonb_array_length(${l.metadata} -> 'tool_calls')` });
  return row ? Number(row.n) : undefined;
}

export async function selectLogState(
  tx: Database,
  workspaceId: string,
  logId: string,
): Promise<{ status: string; metadata: Record<string, unknown>; engine: string } | undefined> {
  const [row] = await tx
    .select({ status: l.status, metadata: l.metadata, engine: l.engine })
    .from(l)
    .where(and(eq(l.workspace_id, workspaceId), eq(l.id, logId)))
    .limit(1);
  return row as { status: string; metadata: Record<string, unknown>; engine: string } | undefined;
}

export async function selectHistory(
  tx: Database,
  workspaceId: string,
  limit: number,
): Promise<{ query: string; response: string | null; status: string; metadata: Record<string, unknown>; created_at: Date }[]> {
  const rows = await tx
    .select({ query: l.query, response: l.response, status: l.status, metadata: l.metadata, created_at: l.created_at })
    .from(l)
    .where(and(eq(l.workspace_id, workspaceId), sql`${l.status} in ('ok', 'pending_confirmation', 'clarify')`))
    .orderBy(desc(l.created_at), desc(l.id))
    .limit(limit);
  return (
    rows as { query: string; response: string | null; status: string; metadata: Record<string, unknown>; created_at: Date }[]
  ).reverse();
}

const logSort: SortSpec = { expr: l.created_at, cast: 'timestamptz', direction: 'desc' };

export async function selectLogs(
  tx: Database,
  workspaceId: string,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(AiLog & { _sort: string })[]> {
  const rows = await tx
    .select({
      id: l.id,
      workspace_id: l.workspace_id,
      user_id: l.user_id,
      query: l.query,
      response: l.response,
      action_taken: l.action_taken,
      engine: l.engine,
      status: l.status,
      duration_ms: l.duration_ms,
      metadata: l.metadata,
      created_at: l.created_at,
      updated_at: l.updated_at,
      _sort: sortKey(logSort),
      action: sql<Omit<AiAction, 'log_id'> | null>`(
        select json_build_object('id', x.id, 'tool', x.tool, 'args', x.args, 'summary', x.summary,
          'status', case when x.status = 'pending' and x.created_at < now() - make_interval(hours => ${ACTION_TTL_HOURS})
                         then 'expired' else x.status end,
          'result', x.result, 'reversible', x.undo is not null,
          'created_at', x.created_at, 'decided_at', x.decided_at)
        from public.ai_actions x where x.log_id = "ai_logs"."id" and x.workspace_id = "ai_logs"."workspace_id"
        order by x.created_at limit 1)`,
    })
    .from(l)
    .where(and(eq(l.workspace_id, workspaceId), after(logSort, l.id, cursor)))
    .orderBy(...orderBy(logSort, l.id))
    .limit(limit);
  return rows as (AiLog & { _sort: string })[];
}

/** The first page's total of a person's assistant log, bounded (docs/decisions/0153). */
export async function countLogs(tx: Database, workspaceId: string): Promise<Total> {
  return boundedCount(tx, l, eq(l.workspace_id, workspaceId));
}

export async function insertAction(
  tx: Database,
  workspaceId: string,
  values: { log_id: string; tool: string; args: Record<string, unknown>; summary: string },
): Promise<AiAction> {
  const [row] = await tx
    .insert(a)
    .values({ ...values, workspace_id: workspaceId })
    .returning(actionColumns);
  return row as AiAction;
}

export async function countActionsOfLog(tx: Database, workspaceId: string, logId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(a)
    .where(and(eq(a.workspace_id, workspaceId), eq(a.log_id, logId)));
  return Number(row?.n ?? 0);
}

export async function selectActionsOfLog(tx: Database, workspaceId: string, logId: string): Promise<AiAction[]> {
  const rows = await tx
    .select(actionColumns)
    .from(a)
    .where(and(eq(a.workspace_id, workspaceId), eq(a.log_id, logId)))
    .orderBy(a.created_at);
  return rows as AiAction[];
}

/** The action, locked for the decision (a concurrent confirm waits, then sees the new status). */
export async function selectActionForUpdate(
  tx: Database,
  workspaceId: string,
  id: string,
): Promise<(AiAction & { undo: Record<string, unknown> | null; expired: boolean }) | undefined> {
  const [row] = await tx
    .select({
      ...actionColumns,
      undo: a.undo,
      expired: sql<boolean>`(${a.created_at} < now() - make_interval(hours => ${ACTION_TTL_HOURS}))`,
    })
    .from(a)
    .where(and(eq(a.workspace_id, workspaceId), eq(a.id, id)))
    .for('update')
    .limit(1);
  return row as (AiAction & { undo: Record<string, unknown> | null; expired: boolean }) | undefined;
}

export async function updateAction(
  tx: Database,
  workspaceId: string,
  id: string,
  values: { status: AiActionStatus; result?: unknown; undo?: Record<string, unknown> | null; decided?: boolean },
): Promise<void> {
  await tx
    .update(a)
    .set({
      status: values.status,
      ...(values.result !== undefined ? { result: values.result } : {}),
      ...(values.undo !== undefined ? { undo: values.undo } : {}),
      ...(values.decided ? { decided_at: sql`now()` } : {}),
    })
    .where(and(eq(a.workspace_id, workspaceId), eq(a.id, id)));
}

/** Pending actions past their time become `expired`; so do those of a failed exchange. */
export async function expireActions(tx: Database, workspaceId: string, logId?: string): Promise<number> {
  const rows = await tx
    .update(a)
    .set({ status: 'expired', decided_at: sql`now()` })
    .where(
      and(
        eq(a.workspace_id, workspaceId),
        eq(a.status, 'pending'),
        logId ? eq(a.log_id, logId) : lt(a.created_at, sql`now() - make_interval(hours => ${ACTION_TTL_HOURS})`),
      ),
    )
    .returning({ id: a.id });
  return rows.length;
}
