import type { AiActionStatus } from '../schema';

/**
 * How a change the assistant proposed reads at each stage, and what an
 * exchange in the history came to — in the words of the person who asked,
 * never the engine's name, its timing or a status code.
 */

export type Tone = 'amber' | 'green' | 'neutral' | 'red' | 'blue';

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** What a confirmed change did, from the record it returned ("created invoice INV-0007"). */
export function doneWhat(tool: string, result: unknown): string | null {
  const r = (result && typeof result === 'object' ? result : {}) as Record<string, unknown>;
  const person = [text(r.first_name), text(r.last_name)].filter(Boolean).join(' ');
  const title = text(r.title);
  switch (tool) {
    case 'create_contact':
      return person ? `added contact ${person}` : 'added the contact';
    case 'update_contact':
      return person ? `updated ${person}` : 'updated the contact';
    case 'create_invoice':
      return text(r.invoice_number) ? `created invoice ${text(r.invoice_number)}` : 'created the invoice';
    case 'record_payment': {
      const invoice = (r.invoice ?? {}) as Record<string, unknown>;
      return invoice.status === 'paid' ? 'recorded the payment; the invoice is paid in full' : 'recorded the payment';
    }
    case 'create_task':
      return title ? `added task “${title}”` : 'added the task';
    case 'update_task':
      if (r.status === 'completed') return title ? `marked “${title}” as done` : 'marked the task as done';
      return title ? `updated task “${title}”` : 'updated the task';
    case 'delete_task':
      return title ? `deleted task “${title}”` : 'deleted the task';
    case 'add_note':
      return 'added the note';
    case 'start_timer':
      return text(r.description) ? `started the timer on “${text(r.description)}”` : 'started the timer';
    case 'stop_timer':
      return typeof r.duration_minutes === 'number' ? `stopped the timer after ${r.duration_minutes} min` : 'stopped the timer';
    case 'log_time':
      return typeof r.duration_minutes === 'number' ? `logged ${r.duration_minutes} min` : 'logged the time';
    case 'create_transaction':
      return r.type === 'expense' ? 'recorded the expense' : r.type === 'income' ? 'recorded the income' : 'recorded the transaction';
    default:
      return null;
  }
}

/** The line a proposed change shows at each stage: "Waiting for your OK", "Done — created invoice INV-0007", "Cancelled", "Undone". */
export function actionState(action: { tool: string; status: AiActionStatus; result?: unknown }): { label: string; tone: Tone } {
  switch (action.status) {
    case 'pending':
      return { label: 'Waiting for your OK', tone: 'amber' };
    case 'confirmed': {
      const what = doneWhat(action.tool, action.result);
      return { label: what ? `Done — ${what}` : 'Done', tone: 'green' };
    }
    case 'rejected':
      return { label: 'Cancelled', tone: 'neutral' };
    case 'undone':
      return { label: 'Undone', tone: 'blue' };
    case 'expired':
      return { label: 'Expired — ask again if you still want it', tone: 'neutral' };
  }
}

/** History entries that record a decision on a proposed change (Confirm, Cancel, Undo), not a question. */
export const DECISIONS = new Set(['confirmed', 'rejected', 'undone', 'failed']);

/** What an exchange in the history came to, and whether it changed anything. */
export function exchangeOutcome(status: string, action: { status: AiActionStatus } | null): { label: string; tone: Tone; changed: string } {
  if (action) {
    switch (action.status) {
      case 'pending':
        return { label: 'Waiting for your OK', tone: 'amber', changed: 'Nothing changed yet' };
      case 'confirmed':
        return { label: 'Proposed a change', tone: 'green', changed: 'Changed your records' };
      case 'undone':
        return { label: 'Proposed a change', tone: 'blue', changed: 'Changed, then undone' };
      case 'rejected':
        return { label: 'Proposed a change', tone: 'neutral', changed: 'You cancelled it: nothing changed' };
      case 'expired':
        return { label: 'Proposed a change', tone: 'neutral', changed: 'Expired: nothing changed' };
    }
  }
  switch (status) {
    case 'ok':
      return { label: 'Answered', tone: 'green', changed: 'Nothing changed' };
    case 'clarify':
      return { label: 'Asked you to say more', tone: 'blue', changed: 'Nothing changed' };
    case 'confirmed':
      return { label: 'You confirmed', tone: 'green', changed: 'Changed your records' };
    case 'rejected':
      return { label: 'You cancelled', tone: 'neutral', changed: 'Nothing changed' };
    case 'undone':
      return { label: 'You undid a change', tone: 'blue', changed: 'Change reversed' };
    case 'failed':
      return { label: 'Could not be done', tone: 'red', changed: 'Nothing changed' };
    case 'timeout':
      return { label: 'Took too long to answer', tone: 'red', changed: 'Nothing changed' };
    case 'error':
      return { label: 'Could not answer', tone: 'red', changed: 'Nothing changed' };
    case 'running':
      return { label: 'Still working', tone: 'neutral', changed: '' };
    default:
      return { label: 'Answered', tone: 'neutral', changed: '' };
  }
}

interface FailedCall {
  status: number;
  code: string;
  message: string;
}

/** A failed question, said without the engine's name or the server's codes. */
export function askFailure(error: FailedCall | null): string {
  if (!error) return 'The assistant could not be reached. Nothing was changed.';
  if (error.code === 'gateway_timeout' || error.status === 504)
    return 'The assistant took too long to answer. Nothing was changed; try again in a moment.';
  if (error.code === 'bad_gateway' || error.status >= 500)
    return 'The assistant could not answer just now. Nothing was changed; try again in a moment.';
  return error.message;
}

/** A failed Confirm, Cancel or Undo: the server's sentence when it has one for people, never a bare status code. */
export function decisionFailure(error: FailedCall | null): string {
  if (!error || error.status >= 500) return 'Something went wrong, and nothing was changed. Try again in a moment.';
  return error.message;
}
