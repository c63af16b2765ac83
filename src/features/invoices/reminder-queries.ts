import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { type Database, selectRows, tables } from '@/lib/db';
import { joinContact } from './queries';

/**
 * Invoice queries. Each takes the tenant transaction first and filters by
 * user_id explicitly (RLS restricts the rows anyway). Totals, amount_paid and
 * the status after payments are maintained by the database's triggers; these
 * queries never compute them.
 */

const i = tables.invoices;
const c = tables.contacts;

// ---------------------------------------------------------------------------
// Reminders
// ---------------------------------------------------------------------------

export interface ReminderCandidate {
  id: string;
  due_date: string;
}

/**
 * Sent invoices past their due date with a balance, a contact email, and no
 * email to the client today (local date) — the candidates for a reminder.
 */
export async function selectReminderCandidates(
  tx: Database,
  workspaceId: string,
  today: string,
  timeZone: string,
): Promise<ReminderCandidate[]> {
  const e = tables.invoiceEvents;
  const rows = await tx
    .select({ id: i.id, due_date: i.due_date })
    .from(i)
    .innerJoin(c, joinContact)
    .where(
      and(
        eq(i.workspace_id, workspaceId),
        eq(i.status, 'sent'),
        lt(i.due_date, today),
        sql`${i.total_amount} > ${i.amount_paid} + ${i.credited_amount}`,
        sql`${c.email} is not null`,
        sql`not exists (select 1 from ${e} where ${e.invoice_id} = ${i.id} and ${e.workspace_id} = ${i.workspace_id}
              and ${e.type} = 'email_sent' and (${e.created_at} at time zone ${timeZone})::date = ${today}::date)`,
      ),
    )
    .orderBy(asc(i.due_date), asc(i.id));
  return rows as ReminderCandidate[];
}

/** A claim on one reminder: its row, and the attempt that only its holder may finish. */
export interface ReminderClaim {
  id: string;
  attempt: number;
}

/**
 * Claims a reminder (step, day) for an invoice; undefined when it is sent, or
 * claimed by a run whose lease (`leaseMinutes`) is not over yet. A claim that
 * was never finished (the run crashed or timed out between claim and send) is
 * taken over once its lease is over: the row gets a new attempt number, and
 * only the holder of the current attempt may mark it sent or release it.
 */
export async function claimReminder(
  tx: Database,
  workspaceId: string,
  invoiceId: string,
  stepDays: number,
  today: string,
  leaseMinutes: number,
): Promise<ReminderClaim | undefined> {
  const r = tables.invoiceReminders;
  const inserted = await tx
    .insert(r)
    .values({ workspace_id: workspaceId, invoice_id: invoiceId, step_days: stepDays, local_date: today })
    .onConflictDoNothing()
    .returning({ id: r.id, attempt: r.attempts });
  if (inserted[0]) return inserted[0];
  // A stale claim of the same step: take it over (a concurrent run blocks on
  // the row, then sees the fresh claimed_at and takes nothing). It moves to
  // today unless another reminder of the invoice holds today.
  const [reclaimed] = await selectRows<{ id: string; attempt: number }>(
    tx,
    sql`update ${r} as r
           set claimed_at = now(), attempts = r.attempts + 1,
               local_date = case when exists (select 1 from ${r} o where o.invoice_id = r.invoice_id
                                                and o.local_date = ${today}::date and o.id <> r.id)
                                 then r.local_date else ${today}::date end
         where r.workspace_id = ${workspaceId} and r.invoice_id = ${invoiceId} and r.step_days = ${stepDays}
           and r.status = 'claimed'
           and r.claimed_at < now() - make_interval(mins => ${leaseMinutes}::int)
     returning r.id::text as id, r.attempts::int as attempt`,
  );
  return reclaimed;
}

/** Marks a claimed reminder sent; false when the claim was taken over meanwhile (its lease ran out). */
export async function completeReminder(tx: Database, workspaceId: string, claim: ReminderClaim): Promise<boolean> {
  const r = tables.invoiceReminders;
  const rows = await tx
    .update(r)
    .set({ status: 'sent' })
    .where(and(eq(r.workspace_id, workspaceId), eq(r.id, claim.id), eq(r.status, 'claimed'), eq(r.attempts, claim.attempt)))
    .returning({ id: r.id });
  return rows.length > 0;
}

/** Gives a claim up after a failed send (the next run tries again), unless it was taken over meanwhile. */
export async function releaseReminder(tx: Database, workspaceId: string, claim: ReminderClaim): Promise<void> {
  const r = tables.invoiceReminders;
  await tx
    .delete(r)
    .where(and(eq(r.workspace_id, workspaceId), eq(r.id, claim.id), eq(r.status, 'claimed'), eq(r.attempts, claim.attempt)));
}
