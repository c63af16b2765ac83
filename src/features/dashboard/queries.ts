import { type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows } from '@/lib/db';
import type { AgingBucketName, CategoryAmount } from './schema';

/**
 * The dashboard's figures, each answer in one statement (one round trip).
 * Money is summed by PostgreSQL over numeric and leaves it as text
 * (`round(…, 2)::text`: "0.00", never a float); the statement returns one
 * JSON document as text, which the service reshapes per currency.
 *
 * Money in and out is read from `transaction_day_totals` and the top clients
 * from `payment_day_totals` (kept by triggers on `transactions`, see the
 * dashboard migration): a year is a few thousand rows whatever the number of
 * transactions. Every query filters by workspace_id explicitly; RLS restricts the
 * rows anyway.
 */

/** Exact money as text, zero when there is nothing. */
const money = (value: SQL) => sql`round(coalesce(${value}, 0), 2)::text`;

export interface FinancialParams {
  workspaceId: string;
  /** the account's currency: what a transaction that pays no invoice is in */
  currency: string;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  interval: 'day' | 'week' | 'month';
  /** the account's calendar date (aging) */
  today: string;
  topClients: number;
}

export interface FinancialRows {
  currencies: string[];
  totals: {
    currency: string;
    income: string;
    expense: string;
    net: string;
    previous_income: string;
    previous_expense: string;
    previous_net: string;
  }[];
  periods: { currency: string; start: string; end: string; income: string; expense: string; net: string }[];
  by_category: (CategoryAmount & { currency: string })[];
  aging: { currency: string; bucket: AgingBucketName; count: number; amount: string }[];
  top_clients: { currency: string; contact_id: string; name: string; amount: string }[];
}

/**
 * Money in and out per currency from one day to another (both included), from
 * the daily totals; a transaction that pays no invoice is in the account's
 * currency.
 */
const inAndOut = (p: { workspaceId: string; currency: string }, from: string, to: string) => sql`
      select coalesce(s.currency, ${p.currency}::text) as currency,
             sum(s.amount) filter (where s.type = 'income') as income,
             sum(s.amount) filter (where s.type = 'expense') as expense
        from public.transaction_day_totals s
       where s.workspace_id = ${p.workspaceId}::uuid and s.date between ${from}::date and ${to}::date
       group by 1
    `;

/**
 * Dashboard statements are small, but their row estimates (a calendar series
 * times currencies) can look expensive enough for PostgreSQL to JIT-compile
 * them, which costs seconds and saves nothing here: JIT is off for the rest
 * of this transaction.
 */
async function withoutJit(tx: Database): Promise<void> {
  await tx.execute(sql`select set_config('jit', 'off', true)`);
}

/**
 * The one row of `query`, run with JIT off. Both statements leave at once (one
 * round trip, not two): they take the same path to the transaction's one
 * connection, so they are sent, and run, in this order.
 */
async function oneRowWithoutJit<T extends Record<string, unknown>>(tx: Database, query: SQL): Promise<T | undefined> {
  const [, rows] = await Promise.all([withoutJit(tx), selectRows<T>(tx, query)]);
  return rows[0];
}

export async function selectFinancial(tx: Database, p: FinancialParams): Promise<FinancialRows> {
  const step = sql`(${`1 ${p.interval}`}::text)::interval`;
  const trunc = (value: SQL) => sql`date_trunc(${p.interval}::text, ${value})`;
  const from = sql`${p.from}::date`;
  const to = sql`${p.to}::date`;
  const row = await oneRowWithoutJit<{ result: string }>(
    tx,
    sql`
    with range_rows as (
      -- one pass over the range: per currency, period, type and category
      select coalesce(s.currency, ${p.currency}::text) as currency, ${trunc(sql`s.date::timestamp`)}::date as bucket,
             s.type, s.category, sum(s.amount) as amount
        from public.transaction_day_totals s
       where s.workspace_id = ${p.workspaceId}::uuid and s.date between ${from} and ${to}
       group by 1, 2, 3, 4
    ),
    previous as (${inAndOut(p, p.previousFrom, p.previousTo)}),
    totals as (
      select r.currency,
             sum(r.amount) filter (where r.type = 'income') as income,
             sum(r.amount) filter (where r.type = 'expense') as expense
        from range_rows r
       group by 1
    ),
    flows as (
      select r.currency, r.bucket,
             sum(r.amount) filter (where r.type = 'income') as income,
             sum(r.amount) filter (where r.type = 'expense') as expense
        from range_rows r
       group by 1, 2
    ),
    categories as (
      select r.currency, r.type, r.category, sum(r.amount) as amount
        from range_rows r
       group by 1, 2, 3
    ),
    unpaid as (
      select i.currency::text as currency, greatest(i.total_amount - i.amount_paid - i.credited_amount, 0) as balance,
             ${p.today}::date - i.due_date as days_late
        from public.invoices i
       where i.workspace_id = ${p.workspaceId}::uuid and i.status = 'sent' and i.total_amount > i.amount_paid + i.credited_amount
    ),
    aging as (
      select u.currency,
             case when u.days_late <= 0 then 'current'
                  when u.days_late <= 30 then '1-30'
                  when u.days_late <= 60 then '31-60'
                  when u.days_late <= 90 then '61-90'
                  else '90+' end as bucket,
             count(*)::int as count, sum(u.balance) as amount
        from unpaid u
       group by 1, 2
    ),
    clients as (
      select c.currency::text as currency, c.contact_id, sum(c.amount) as amount
        from public.payment_day_totals c
       where c.workspace_id = ${p.workspaceId}::uuid and c.date between ${from} and ${to}
       group by c.currency, c.contact_id
    ),
    top_clients as (
      -- the first few per currency: a bounded (top-N) sort each, not a sort of every client
      select t.*
        from (select distinct c.currency from clients c) cur
        cross join lateral (
          select c.currency, c.contact_id, c.amount
            from clients c
           where c.currency = cur.currency
           order by c.amount desc, c.contact_id
           limit ${p.topClients}::int) t
    ),
    currencies as (
      select ${p.currency}::text as currency
      union select t.currency from totals t
      union select v.currency from previous v
      union select a.currency from aging a
    ),
    periods as (
      select g::date as bucket, greatest(g::date, ${from}) as start,
             least((g + ${step} - interval '1 day')::date, ${to}) as finish
        from generate_series(${trunc(sql`${from}::timestamp`)}, ${to}::timestamp, ${step}) g
    )
    select json_build_object(
      'currencies', (select json_agg(c.currency order by c.currency) from currencies c),
      'totals', (
        select json_agg(json_build_object(
                 'currency', c.currency,
                 'income', ${money(sql`t.income`)},
                 'expense', ${money(sql`t.expense`)},
                 'net', ${money(sql`coalesce(t.income, 0) - coalesce(t.expense, 0)`)},
                 'previous_income', ${money(sql`v.income`)},
                 'previous_expense', ${money(sql`v.expense`)},
                 'previous_net', ${money(sql`coalesce(v.income, 0) - coalesce(v.expense, 0)`)}))
          from currencies c
          left join totals t on t.currency = c.currency
          left join previous v on v.currency = c.currency),
      'periods', (
        select json_agg(json_build_object(
                 'currency', c.currency, 'start', p.start, 'end', p.finish,
                 'income', ${money(sql`f.income`)},
                 'expense', ${money(sql`f.expense`)},
                 'net', ${money(sql`coalesce(f.income, 0) - coalesce(f.expense, 0)`)}) order by c.currency, p.start)
          from currencies c
          cross join periods p
          left join flows f on f.currency = c.currency and f.bucket = p.bucket),
      'by_category', (
        select json_agg(json_build_object('currency', g.currency, 'type', g.type, 'category', g.category,
                                          'amount', ${money(sql`g.amount`)})
                        order by g.currency, g.amount desc, g.type, g.category collate "C" nulls last)
          from categories g),
      'aging', (
        select json_agg(json_build_object('currency', c.currency, 'bucket', b.bucket, 'count', coalesce(a.count, 0),
                                          'amount', ${money(sql`a.amount`)}) order by c.currency, b.position)
          from currencies c
          cross join (values ('current', 1), ('1-30', 2), ('31-60', 3), ('61-90', 4), ('90+', 5)) as b (bucket, position)
          left join aging a on a.currency = c.currency and a.bucket = b.bucket),
      'top_clients', (
        -- names looked up by key for the few listed (a join would hash every contact)
        select json_agg(json_build_object('currency', c.currency, 'contact_id', c.contact_id,
                                          'name', (select concat_ws(' ', k.first_name, k.last_name)
                                                     from public.contacts k
                                                    where k.id = c.contact_id and k.workspace_id = ${p.workspaceId}::uuid),
                                          'amount', ${money(sql`c.amount`)})
                        order by c.currency, c.amount desc, c.contact_id)
          from top_clients c)
    )::text as result`,
  );
  const parsed = JSON.parse(row!.result) as { [K in keyof FinancialRows]: FinancialRows[K] | null };
  return {
    currencies: parsed.currencies ?? [],
    totals: parsed.totals ?? [],
    periods: parsed.periods ?? [],
    by_category: parsed.by_category ?? [],
    aging: parsed.aging ?? [],
    top_clients: parsed.top_clients ?? [],
  };
}

export interface StatsParams {
  workspaceId: string;
  currency: string;
  timeZone: string;
  today: string;
  monthFrom: string;
  monthTo: string;
}

export interface StatsRows {
  contacts: Record<string, number>;
  tasks: { open: number; overdue: number; due_today: number; by_status: Record<string, number> };
  invoices: { currency: string; status: string; count: number; amount: string }[];
  receivables: { currency: string; outstanding_count: number; outstanding: string; overdue_count: number; overdue: string }[];
  month: { currency: string; income: string; expense: string; net: string }[];
}

export async function selectStats(tx: Database, p: StatsParams): Promise<StatsRows> {
  // open tasks by due date: an index-only range of tasks_user_open_due_idx (partial: open tasks only)
  const openDue = sql`t.workspace_id = ${p.workspaceId}::uuid and t.status in ('pending', 'in_progress')`;
  const row = await oneRowWithoutJit<{ result: string }>(
    tx,
    sql`
    -- contacts and tasks by status, invoices by status and currency: the summaries kept by the
    -- database (docs/decisions/0174), a few rows whatever the number of contacts, tasks and invoices
    with status_rows as (
      select c.list, c.status, c.n::int as n
        from public.status_counts c
       where c.workspace_id = ${p.workspaceId}::uuid and c.n > 0
    ),
    contact_counts as (
      select c.status, c.n from status_rows c where c.list = 'contacts'
    ),
    task_counts as (
      select coalesce(sum(c.n) filter (where c.status in ('pending', 'in_progress')), 0)::int as open,
             (select count(*) from public.tasks t where ${openDue} and t.due_date < now())::int as overdue,
             (select count(*) from public.tasks t
               where ${openDue}
                 and t.due_date >= (${p.today}::date)::timestamp at time zone ${p.timeZone}::text
                 and t.due_date < (${p.today}::date + 1)::timestamp at time zone ${p.timeZone}::text)::int as due_today,
             coalesce(sum(c.n) filter (where c.status = 'pending'), 0)::int as pending,
             coalesce(sum(c.n) filter (where c.status = 'in_progress'), 0)::int as in_progress,
             coalesce(sum(c.n) filter (where c.status = 'completed'), 0)::int as completed,
             coalesce(sum(c.n) filter (where c.status = 'cancelled'), 0)::int as cancelled
        from status_rows c
       where c.list = 'tasks'
    ),
    -- "overdue" is not stored: a sent invoice is overdue once today (the workspace's) is past its
    -- due date, and the summary keeps sent invoices per due date, so the one definition
    -- (app.invoice_effective_status) runs once per summary row
    invoice_rows as (
      select app.invoice_effective_status(s.status, s.due_date, ${p.today}::date) as status, s.currency,
             sum(s.n)::int as count, sum(s.amount) as amount,
             -- what is still owed counts only for sent invoices (outstanding, overdue)
             sum(s.balance) filter (where s.status = 'sent') as balance
        from public.invoice_summaries s
       where s.workspace_id = ${p.workspaceId}::uuid
       group by 1, 2
      having sum(s.n) > 0
    ),
    receivables as (
      select r.currency,
             coalesce(sum(r.count) filter (where r.status in ('sent', 'overdue')), 0)::int as outstanding_count,
             sum(r.balance) filter (where r.status in ('sent', 'overdue')) as outstanding,
             coalesce(sum(r.count) filter (where r.status = 'overdue'), 0)::int as overdue_count,
             sum(r.balance) filter (where r.status = 'overdue') as overdue
        from invoice_rows r
       group by r.currency
    ),
    month_rows as (${inAndOut(p, p.monthFrom, p.monthTo)}),
    currencies as (
      select ${p.currency}::text as currency
      union select r.currency from invoice_rows r
      union select m.currency from month_rows m
    )
    select json_build_object(
      'contacts', (select json_object_agg(c.status, c.n order by c.status) from contact_counts c),
      'tasks', (select json_build_object('open', t.open, 'overdue', t.overdue, 'due_today', t.due_today,
                                         'by_status', json_build_object('pending', t.pending, 'in_progress', t.in_progress,
                                                                        'completed', t.completed, 'cancelled', t.cancelled))
                  from task_counts t),
      'invoices', (
        select json_agg(json_build_object('currency', r.currency, 'status', r.status, 'count', r.count,
                                          'amount', ${money(sql`r.amount`)})
                        order by r.currency, r.status)
          from invoice_rows r),
      'receivables', (
        select json_agg(json_build_object('currency', r.currency,
                                          'outstanding_count', r.outstanding_count, 'outstanding', ${money(sql`r.outstanding`)},
                                          'overdue_count', r.overdue_count, 'overdue', ${money(sql`r.overdue`)})
                        order by r.currency)
          from receivables r),
      'month', (
        select json_agg(json_build_object('currency', c.currency,
                                          'income', ${money(sql`m.income`)},
                                          'expense', ${money(sql`m.expense`)},
                                          'net', ${money(sql`coalesce(m.income, 0) - coalesce(m.expense, 0)`)})
                        order by c.currency)
          from currencies c left join month_rows m on m.currency = c.currency)
    )::text as result`,
  );
  const parsed = JSON.parse(row!.result) as { [K in keyof StatsRows]: StatsRows[K] | null };
  return {
    contacts: parsed.contacts ?? {},
    tasks: parsed.tasks ?? { open: 0, overdue: 0, due_today: 0, by_status: {} },
    invoices: parsed.invoices ?? [],
    receivables: parsed.receivables ?? [],
    month: parsed.month ?? [],
  };
}
