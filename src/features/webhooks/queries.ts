import { type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows } from '@/lib/db';
import { boundedCount, type Cursor, type Total } from '@/lib/pagination';
import type { DeliveryStatus, WebhookDelivery, WebhookEndpoint } from './schema';

/**
 * SQL of the webhooks feature, on the tenant transaction (RLS: admins only).
 * Timestamps leave the database as ISO 8601 text in UTC, the same on both drivers.
 */

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const ENDPOINT_COLUMNS = sql`e.id::text, e.url, e.events, e.enabled, e.disabled_reason, e.failure_streak,
  ${iso('e.failing_since')} as failing_since, ${iso('e.created_at')} as created_at, ${iso('e.updated_at')} as updated_at`;

type EndpointRow = WebhookEndpoint & { _sort: string };

export async function selectEndpoints(
  tx: Database,
  workspaceId: string,
  cursor: Cursor | undefined,
  limit: number,
): Promise<EndpointRow[]> {
  const after = cursor ? sql`and (e.created_at, e.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``;
  return selectRows<EndpointRow>(
    tx,
    sql`select ${ENDPOINT_COLUMNS}, e.created_at::text as _sort
          from public.webhook_endpoints e
         where e.workspace_id = ${workspaceId} ${after}
         order by e.created_at desc, e.id desc
         limit ${limit}`,
  );
}

export async function countEndpoints(tx: Database, workspaceId: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from public.webhook_endpoints where workspace_id = ${workspaceId}`,
  );
  return row?.n ?? 0;
}

export async function selectEndpoint(
  tx: Database,
  workspaceId: string,
  id: string,
  { lock = false } = {},
): Promise<WebhookEndpoint | null> {
  const [row] = await selectRows<WebhookEndpoint>(
    tx,
    sql`select ${ENDPOINT_COLUMNS} from public.webhook_endpoints e where e.workspace_id = ${workspaceId} and e.id = ${id}
        ${lock ? sql`for update` : sql``}`,
  );
  return row ?? null;
}

export async function insertEndpoint(
  tx: Database,
  workspaceId: string,
  values: { url: string; events: string[]; enabled: boolean; secret: string },
): Promise<string> {
  const [row] = await selectRows<{ id: string }>(
    tx,
    sql`insert into public.webhook_endpoints (workspace_id, url, events, enabled, secret, disabled_reason)
        values (${workspaceId}, ${values.url}, ${toTextArray(values.events)}, ${values.enabled}, ${values.secret},
                ${values.enabled ? null : 'Disabled by an admin.'})
        returning id::text`,
  );
  return row!.id;
}

function toTextArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

export async function updateEndpoint(
  tx: Database,
  workspaceId: string,
  id: string,
  values: { url?: string; events?: string[]; enabled?: boolean },
): Promise<void> {
  const sets: SQL[] = [];
  if (values.url !== undefined) sets.push(sql`url = ${values.url}`);
  if (values.events !== undefined) sets.push(sql`events = ${toTextArray(values.events)}`);
  if (values.enabled === true) sets.push(sql`enabled = true, disabled_reason = null, failure_streak = 0, failing_since = null`);
  if (values.enabled === false)
    sets.push(sql`enabled = false, disabled_reason = case when enabled then 'Disabled by an admin.' else disabled_reason end`);
  if (sets.length === 0) return;
  await tx.execute(sql`update public.webhook_endpoints set ${sql.join(sets, sql`, `)} where workspace_id = ${workspaceId} and id = ${id}`);
}

export async function deleteEndpoint(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`delete from public.webhook_endpoints where workspace_id = ${workspaceId} and id = ${id} returning id::text`,
  );
  return rows.length > 0;
}

const DELIVERY_COLUMNS = sql`d.id::text, d.endpoint_id::text, d.event_id::text, ev.type as event_type,
  ${iso('ev.created_at')} as event_created_at, ev.payload as data, d.status, d.attempts,
  case when d.status = 'pending' then ${iso('d.next_attempt_at')} end as next_attempt_at,
  ${iso('d.last_attempt_at')} as last_attempt_at, d.last_status_code, d.last_response_ms, d.last_error, d.response_excerpt,
  d.attempt_log, ${iso('d.delivered_at')} as delivered_at, ${iso('d.created_at')} as created_at`;

type DeliveryRow = WebhookDelivery & { _sort: string };

export interface DeliveryFilters {
  workspaceId: string;
  endpointId: string;
  status?: DeliveryStatus;
}

function deliveryWhere(f: DeliveryFilters): SQL {
  return sql`d.workspace_id = ${f.workspaceId} and d.endpoint_id = ${f.endpointId}${f.status ? sql` and d.status = ${f.status}` : sql``}`;
}

export async function selectDeliveries(
  tx: Database,
  f: DeliveryFilters,
  cursor: Cursor | undefined,
  limit: number,
): Promise<DeliveryRow[]> {
  const after = cursor ? sql`and (d.created_at, d.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``;
  return selectRows<DeliveryRow>(
    tx,
    sql`select ${DELIVERY_COLUMNS}, d.created_at::text as _sort
          from public.webhook_deliveries d
          join public.webhook_events ev on ev.id = d.event_id and ev.workspace_id = d.workspace_id
         where ${deliveryWhere(f)} ${after}
         order by d.created_at desc, d.id desc
         limit ${limit}`,
  );
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countDeliveries(tx: Database, f: DeliveryFilters): Promise<Total> {
  return boundedCount(tx, sql`public.webhook_deliveries d`, deliveryWhere(f));
}

export async function selectDelivery(tx: Database, workspaceId: string, endpointId: string, id: string): Promise<WebhookDelivery | null> {
  const [row] = await selectRows<WebhookDelivery>(
    tx,
    sql`select ${DELIVERY_COLUMNS}
          from public.webhook_deliveries d
          join public.webhook_events ev on ev.id = d.event_id and ev.workspace_id = d.workspace_id
         where d.workspace_id = ${workspaceId} and d.endpoint_id = ${endpointId} and d.id = ${id}`,
  );
  return row ?? null;
}

/** Makes a finished delivery due again now (app.webhook_redeliver); null when it was already pending. */
export async function redeliver(tx: Database, id: string): Promise<string | null> {
  const [row] = await selectRows<{ id: string | null }>(tx, sql`select app.webhook_redeliver(${id}::uuid)::text as id`);
  return row?.id ?? null;
}
