import { type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows } from '@/lib/db';
import { boundedCount, type Cursor, type Total } from '@/lib/pagination';
import type { MoneyPicture, TimelineKind } from './schema';

/**
 * One timeline out of several tables: each source selects (kind, id, at,
 * user_id: who made it, data) for one contact, and a UNION ALL orders them newest first with keyset paging
 * on (at, id). Money goes into `data` as text (jsonb would turn numeric into
 * a JSON float).
 *
 * Adding a source is one entry here and one renderer in the component. AI
 * actions join once `ai_logs` records which contact an action touched (a
 * `contact_id` column, composite foreign key like the others):
 *   select 'ai_action', l.id, l.created_at, jsonb_build_object('query', l.query, 'action_taken', l.action_taken)
 *     from ai_logs l where l.workspace_id = $user and l.contact_id = $contact
 */

interface Scope {
  workspaceId: string;
  contactId: string;
  timeZone: string;
}

/** A date at the local time of day its row was recorded, in the user's zone. */
const onDay = (day: SQL, recorded: SQL, tz: string) => sql`((${day} + (${recorded} at time zone ${tz})::time) at time zone ${tz})`;

const sources: Record<TimelineKind, (s: Scope) => SQL> = {
  task: (s) => sql`
    select 'task'::text as kind, t.id, coalesce(t.completed_at, t.created_at) as at, t.user_id,
      jsonb_build_object('title', t.title, 'status', t.status, 'priority', t.priority, 'due_date', t.due_date,
        'completed_at', t.completed_at, 'created_at', t.created_at) as data
    from public.tasks t
    where t.workspace_id = ${s.workspaceId} and t.contact_id = ${s.contactId}`,
  note: (s) => sql`
    select 'note'::text, n.id, n.created_at, n.user_id, jsonb_build_object('body', n.body, 'created_at', n.created_at)
    from public.contact_notes n
    where n.workspace_id = ${s.workspaceId} and n.contact_id = ${s.contactId}`,
  invoice: (s) => sql`
    select 'invoice'::text, i.id, ${onDay(sql`i.issue_date`, sql`i.created_at`, s.timeZone)}, i.user_id,
      jsonb_build_object('invoice_number', i.invoice_number, 'status', i.status, 'issue_date', i.issue_date,
        'due_date', i.due_date, 'currency', i.currency, 'total_amount', i.total_amount::text,
        'amount_paid', i.amount_paid::text)
    from public.invoices i
    where i.workspace_id = ${s.workspaceId} and i.contact_id = ${s.contactId}`,
  payment: (s) => sql`
    select 'payment'::text, p.id, ${onDay(sql`p.date`, sql`p.created_at`, s.timeZone)}, p.user_id,
      jsonb_build_object('amount', p.amount::text, 'date', p.date, 'description', p.description,
        'invoice_id', i.id, 'invoice_number', i.invoice_number, 'currency', i.currency)
    from public.transactions p
    join public.invoices i on i.id = p.invoice_id and i.workspace_id = p.workspace_id
    where p.workspace_id = ${s.workspaceId} and p.type = 'income' and i.contact_id = ${s.contactId}`,
  deal: (s) => sql`
    select 'deal'::text, e.id, e.created_at, e.user_id,
      jsonb_build_object('deal_id', d.id, 'title', d.title, 'type', e.type, 'from', e.data ->> 'from', 'to', e.data ->> 'to',
        'lost_reason', e.data ->> 'lost_reason', 'value', d.value::text, 'currency', d.currency)
    from public.deal_events e
    join public.deals d on d.id = e.deal_id and d.workspace_id = e.workspace_id
    where e.workspace_id = ${s.workspaceId} and d.contact_id = ${s.contactId}`,
  // "Viewed by the client": the first view of an invoice or quote through its client link, with how many since
  client_view: (s) => sql`
    select 'client_view'::text, i.id, i.viewed_at, null::uuid,
      jsonb_build_object('document', 'invoice', 'number', i.invoice_number, 'view_count', i.view_count)
    from public.invoices i
    where i.workspace_id = ${s.workspaceId} and i.contact_id = ${s.contactId} and i.viewed_at is not null
    union all
    select 'client_view'::text, q.id, q.viewed_at, null::uuid,
      jsonb_build_object('document', 'quote', 'number', q.quote_number, 'view_count', q.view_count)
    from public.quotes q
    where q.workspace_id = ${s.workspaceId} and q.contact_id = ${s.contactId} and q.viewed_at is not null`,
  credit_note: (s) => sql`
    select 'credit_note'::text, n.id, ${onDay(sql`n.issue_date`, sql`n.created_at`, s.timeZone)}, n.user_id,
      jsonb_build_object('credit_note_number', n.credit_note_number, 'issue_date', n.issue_date, 'total_amount', n.total_amount::text,
        'currency', n.currency, 'reason', n.reason, 'refunded', n.refund_transaction_id is not null,
        'invoice_id', i.id, 'invoice_number', i.invoice_number)
    from public.credit_notes n
    join public.invoices i on i.id = n.invoice_id and i.workspace_id = n.workspace_id
    where n.workspace_id = ${s.workspaceId} and i.contact_id = ${s.contactId}`,
};

function union(scope: Scope): SQL {
  return sql.join(
    Object.values(sources).map((source) => source(scope)),
    sql` union all `,
  );
}

export interface TimelineRow {
  kind: TimelineKind;
  id: string;
  at: Date | string;
  user_id: string | null;
  data: Record<string, unknown> | string;
  _sort: string;
}

export async function selectTimeline(tx: Database, scope: Scope, cursor: Cursor | undefined, limit: number): Promise<TimelineRow[]> {
  const before = cursor ? sql`where (e.at, e.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``;
  return selectRows<TimelineRow & Record<string, unknown>>(
    tx,
    sql`select e.kind, e.id, e.at, e.user_id, e.data, e.at::text as _sort
        from (${union(scope)}) as e ${before}
        order by e.at desc, e.id desc
        limit ${limit}`,
  );
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countTimeline(tx: Database, scope: Scope): Promise<Total> {
  return boundedCount(tx, sql`(${union(scope)}) as e`, undefined);
}

/** The money picture of a contact's invoices, per currency. */
export async function selectMoneyPicture(tx: Database, scope: Scope): Promise<MoneyPicture[]> {
  return selectRows<MoneyPicture & Record<string, unknown>>(
    tx,
    sql`select i.currency::text as currency,
          round(coalesce(sum(i.total_amount), 0), 2)::text as invoiced,
          round(coalesce(sum(i.amount_paid), 0), 2)::text as paid,
          round(coalesce(sum(i.total_amount - i.amount_paid), 0), 2)::text as outstanding,
          round(coalesce(sum(i.total_amount - i.amount_paid) filter (
            where i.status = 'sent' and i.due_date < (now() at time zone ${scope.timeZone})::date), 0), 2)::text as overdue
        from public.invoices i
        where i.workspace_id = ${scope.workspaceId} and i.contact_id = ${scope.contactId} and i.status in ('sent', 'paid')
        group by i.currency
        order by sum(i.total_amount) desc`,
  );
}

export async function selectCounts(
  tx: Database,
  scope: Scope,
): Promise<{ open_tasks: number; overdue_tasks: number; notes: number; invoices: number; payments: number }> {
  const [row] = await selectRows<Record<string, number>>(
    tx,
    sql`select
          (select count(*)::int from public.tasks t
            where t.workspace_id = ${scope.workspaceId} and t.contact_id = ${scope.contactId}
              and t.status in ('pending', 'in_progress')) as open_tasks,
          (select count(*)::int from public.tasks t
            where t.workspace_id = ${scope.workspaceId} and t.contact_id = ${scope.contactId}
              and t.status in ('pending', 'in_progress') and t.due_date < now()) as overdue_tasks,
          (select count(*)::int from public.contact_notes n
            where n.workspace_id = ${scope.workspaceId} and n.contact_id = ${scope.contactId}) as notes,
          (select count(*)::int from public.invoices i
            where i.workspace_id = ${scope.workspaceId} and i.contact_id = ${scope.contactId}) as invoices,
          (select count(*)::int from public.transactions p
            join public.invoices i on i.id = p.invoice_id and i.workspace_id = p.workspace_id
            where p.workspace_id = ${scope.workspaceId} and p.type = 'income' and i.contact_id = ${scope.contactId}) as payments`,
  );
  return {
    open_tasks: Number(row?.open_tasks ?? 0),
    overdue_tasks: Number(row?.overdue_tasks ?? 0),
    notes: Number(row?.notes ?? 0),
    invoices: Number(row?.invoices ?? 0),
    payments: Number(row?.payments ?? 0),
  };
}
