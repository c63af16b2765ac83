import { z } from 'zod';
import type { Task } from '@/features/tasks/schema';
import { cursorParam, limitParam, uuid } from '@/lib/validation';

/**
 * The contact's page as one story: every task, note, invoice and payment about
 * a contact on one timeline, newest first, and the money picture.
 */

export const TIMELINE_KINDS = ['task', 'note', 'invoice', 'payment', 'deal', 'client_view', 'credit_note'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
});
export type TimelineQuery = z.output<typeof timelineQuerySchema>;

export const contactHubParams = z.strictObject({ id: uuid });

export interface TimelineTask {
  title: string;
  status: 'pending' | 'in_progress' | 'completed' | 'cancelled';
  priority: 'low' | 'medium' | 'high';
  due_date: Date | null;
  completed_at: Date | null;
  created_at: Date;
}

export interface TimelineNote {
  body: string;
  created_at: Date;
}

export interface TimelineInvoice {
  invoice_number: string;
  status: 'draft' | 'sent' | 'paid' | 'cancelled';
  issue_date: string;
  due_date: string;
  currency: string;
  total_amount: string;
  amount_paid: string;
}

export interface TimelinePayment {
  amount: string;
  date: string;
  description: string | null;
  invoice_id: string;
  invoice_number: string;
  currency: string;
}

/** A step in the history of one of the contact's deals (created, moved to another stage, invoiced). */
export interface TimelineDeal {
  deal_id: string;
  title: string;
  type: 'created' | 'stage_changed' | 'invoiced' | 'quoted';
  /** the stages' names at the time */
  from: string | null;
  to: string | null;
  lost_reason: string | null;
  value: string;
  currency: string;
}

/** A credit note issued against one of the contact's invoices. */
export interface TimelineCreditNote {
  credit_note_number: string;
  issue_date: string;
  total_amount: string;
  currency: string;
  reason: string | null;
  refunded: boolean;
  invoice_id: string;
  invoice_number: string;
}

interface Entry<K extends TimelineKind, D> {
  kind: K;
  /** The id of the task, note, invoice or transaction. */
  id: string;
  /**
   * When it happened: a note when written, a task when created (or completed),
   * an invoice on its issue date and a payment on its date (at the time of day
   * they were recorded, in the user's time zone, so one day keeps its order).
   */
  at: Date;
  /** who made it: the note's writer, the task's, invoice's or payment's creator (null: unknown, e.g. their account was deleted) */
  user_id: string | null;
  /** that person for the reader: "You", a teammate's name, "A former member"; null when unknown */
  by: string | null;
  data: D;
}

/** The client opened an invoice or quote through its client link (docs/decisions/0111-client-links.md): at the first view. */
export interface TimelineClientView {
  document: 'invoice' | 'quote';
  number: string;
  view_count: number;
}

export type TimelineEntry =
  | Entry<'task', TimelineTask>
  | Entry<'note', TimelineNote>
  | Entry<'invoice', TimelineInvoice>
  | Entry<'payment', TimelinePayment>
  | Entry<'deal', TimelineDeal>
  | Entry<'client_view', TimelineClientView>
  | Entry<'credit_note', TimelineCreditNote>;

/** What the contact's invoices add up to, per currency (exact, from SQL). */
export interface MoneyPicture {
  currency: string;
  /** Σ total_amount of sent and paid invoices (drafts and cancelled ones are not owed). */
  invoiced: string;
  /** Σ amount_paid on them. */
  paid: string;
  /** invoiced − paid: still to come in. */
  outstanding: string;
  /** The part of outstanding on invoices past their due date. */
  overdue: string;
}

export interface ContactSummary {
  /** The open task due first (undated last, then the most important). */
  next_task: Task | null;
  money: MoneyPicture[];
  counts: { open_tasks: number; overdue_tasks: number; notes: number; invoices: number; payments: number };
}
