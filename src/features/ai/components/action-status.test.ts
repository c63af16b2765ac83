import { describe, expect, it } from 'vitest';
import { actionState, askFailure, decisionFailure, doneWhat, exchangeOutcome } from './action-status';

describe('actionState', () => {
  it('reads naturally at every stage', () => {
    expect(actionState({ tool: 'create_invoice', status: 'pending' })).toEqual({ label: 'Waiting for your OK', tone: 'amber' });
    expect(actionState({ tool: 'create_invoice', status: 'confirmed', result: { id: 'x', invoice_number: 'INV-0007' } }).label).toBe(
      'Done — created invoice INV-0007',
    );
    expect(actionState({ tool: 'create_invoice', status: 'rejected' }).label).toBe('Cancelled');
    expect(actionState({ tool: 'create_invoice', status: 'undone' }).label).toBe('Undone');
    expect(actionState({ tool: 'create_invoice', status: 'expired' }).label).toBe('Expired — ask again if you still want it');
    // a tool this list does not know yet still reads as done, without its name
    expect(actionState({ tool: 'archive_deal', status: 'confirmed', result: {} }).label).toBe('Done');
  });

  it('says what each kind of change did, from the record it returned', () => {
    expect(doneWhat('create_contact', { first_name: 'Jane', last_name: 'Doe' })).toBe('added contact Jane Doe');
    expect(doneWhat('update_contact', { first_name: 'Sofia', last_name: null })).toBe('updated Sofia');
    expect(doneWhat('record_payment', { amount: '10.00', invoice: { status: 'paid' } })).toBe(
      'recorded the payment; the invoice is paid in full',
    );
    expect(doneWhat('record_payment', { amount: '10.00', invoice: { status: 'sent' } })).toBe('recorded the payment');
    expect(doneWhat('create_task', { title: 'Order business cards' })).toBe('added task “Order business cards”');
    expect(doneWhat('update_task', { title: 'Call Amara', status: 'completed' })).toBe('marked “Call Amara” as done');
    expect(doneWhat('delete_task', { title: 'Call Amara', deleted: true })).toBe('deleted task “Call Amara”');
    expect(doneWhat('add_note', { id: 'n' })).toBe('added the note');
    expect(doneWhat('start_timer', { description: 'Brand workshop' })).toBe('started the timer on “Brand workshop”');
    expect(doneWhat('stop_timer', { duration_minutes: 42 })).toBe('stopped the timer after 42 min');
    expect(doneWhat('log_time', { duration_minutes: 90 })).toBe('logged 90 min');
    expect(doneWhat('create_transaction', { type: 'expense' })).toBe('recorded the expense');
    expect(doneWhat('create_invoice', null)).toBe('created the invoice');
  });
});

describe('exchangeOutcome', () => {
  it('says whether something changed, never the engine or its timing', () => {
    expect(exchangeOutcome('ok', null)).toEqual({ label: 'Answered', tone: 'green', changed: 'Nothing changed' });
    expect(exchangeOutcome('pending_confirmation', { status: 'pending' }).changed).toBe('Nothing changed yet');
    expect(exchangeOutcome('pending_confirmation', { status: 'confirmed' }).changed).toBe('Changed your records');
    expect(exchangeOutcome('pending_confirmation', { status: 'undone' }).changed).toBe('Changed, then undone');
    expect(exchangeOutcome('pending_confirmation', { status: 'rejected' }).changed).toBe('You cancelled it: nothing changed');
    expect(exchangeOutcome('confirmed', null)).toEqual({ label: 'You confirmed', tone: 'green', changed: 'Changed your records' });
    expect(exchangeOutcome('timeout', null).label).toBe('Took too long to answer');
    expect(exchangeOutcome('error', null).label).toBe('Could not answer');
    for (const status of ['ok', 'clarify', 'error', 'timeout', 'confirmed', 'rejected', 'undone', 'failed', 'running', 'something_new']) {
      const { label, changed } = exchangeOutcome(status, null);
      expect(`${label} ${changed}`).not.toMatch(/_|builtin|n8n|openai|\bms\b/);
    }
  });
});

describe('askFailure and decisionFailure', () => {
  it("hide the engine's name and the server's codes", () => {
    const n8n = {
      status: 502,
      code: 'bad_gateway',
      message: 'The assistant (n8n) failed: The n8n webhook answered 500. Nothing was changed.',
    };
    expect(askFailure(n8n)).toBe('The assistant could not answer just now. Nothing was changed; try again in a moment.');
    expect(askFailure({ status: 504, code: 'gateway_timeout', message: 'The assistant (builtin) did not answer within 30 s.' })).toBe(
      'The assistant took too long to answer. Nothing was changed; try again in a moment.',
    );
    expect(askFailure({ status: 429, code: 'rate_limited', message: 'Too many questions. Try again in 20 seconds.' })).toBe(
      'Too many questions. Try again in 20 seconds.',
    );
    expect(askFailure(null)).toBe('The assistant could not be reached. Nothing was changed.');
    expect(decisionFailure({ status: 500, code: 'unknown_error', message: 'The server answered 500.' })).toBe(
      'Something went wrong, and nothing was changed. Try again in a moment.',
    );
    expect(decisionFailure({ status: 409, code: 'conflict', message: 'This change cannot be undone.' })).toBe(
      'This change cannot be undone.',
    );
  });
});
