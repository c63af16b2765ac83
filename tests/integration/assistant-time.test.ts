import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { createTimeEntry, runningTimer } from '@/features/time/service';
import { todayIn } from '@/lib/time';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { awayFromMidnight } from '../helpers/window';

/**
 * The assistant and time tracking, through the whole path (service → built-in
 * engine → time tools → RLS) on a real database: starting and stopping the
 * timer and logging time are proposed and wait for confirmation; "how many
 * hours" is read exactly (docs/decisions/0105-time-entries.md).
 */

let assistant: Assistant;
let me: Account;
let acme: string;

beforeAll(async () => {
  assistant = await startAssistant();
  me = await assistant.signUp('Robin Example');
  // the entries are logged this month (the account's zone, UTC) and the first test asks about
  // "this month": not across a month's end (which starting up the database could straddle)
  await awayFromMidnight('UTC', 30_000);
  const firstOfMonth = `${todayIn('UTC').slice(0, 8)}01`;
  await me.tx(async (tx) => {
    const [a, other] = await createContacts(tx, me.user, [
      { first_name: 'Acme', company: 'Acme Ltd' },
      { first_name: 'Beacon', company: 'Beacon plc' },
    ]);
    acme = a!.id;
    const at = `${firstOfMonth}T09:00:00.000Z`;
    await createTimeEntry(tx, me.user, { contact_id: acme, description: 'Design', started_at: at, duration_minutes: 90 });
    await createTimeEntry(tx, me.user, { contact_id: acme, description: 'Review', started_at: at, duration_minutes: 45 });
    await createTimeEntry(tx, me.user, { contact_id: other!.id, description: 'Other', started_at: at, duration_minutes: 600 });
  });
}, 120_000);

afterAll(async () => {
  await assistant?.close();
});

describe('time tracking through the assistant (built-in engine)', () => {
  it('answers how many hours were logged for a client this month, exactly', async () => {
    const res = await me.ask('how many hours did I log for Acme this month?');
    expect(res.status).toBe(200);
    expect(res.body.data.pending_action).toBeNull();
    expect(res.body.data.response).toContain('2:15 h (2 hours 15 minutes)');
    expect(res.body.data.response).toContain('Acme');
    expect(res.body.data.response).toContain('in 2 entries');
  });

  it('proposes starting a timer for a client, starts it only when confirmed, and refuses a second one', async () => {
    const asked = await me.ask('start a timer for Acme');
    const pending = asked.body.data.pending_action;
    expect(pending, asked.body.data.response).not.toBeNull();
    expect(pending.tool).toBe('start_timer');
    expect(pending.args).toMatchObject({ contact_id: acme, description: 'Work for Acme' });
    // nothing runs before the confirmation
    expect(await me.tx((tx) => runningTimer(tx, me.user))).toBeNull();
    const confirmed = await me.confirm(pending.id);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.data).toMatchObject({ contact_id: acme, ended_at: null, timer: true });

    const again = await me.ask('start a timer on the newsletter');
    expect(again.body.data.pending_action).toBeNull();
    expect(again.body.data.response).toMatch(/already running/);

    const stop = await me.ask('stop the timer');
    expect(stop.body.data.pending_action?.tool, stop.body.data.response).toBe('stop_timer');
    expect(stop.body.data.response).toContain('Work for Acme');
    const stopped = await me.confirm(stop.body.data.pending_action.id);
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(200);
    expect(stopped.body.data.ended_at).not.toBeNull();

    const nothing = await me.ask('stop the timer');
    expect(nothing.body.data.pending_action).toBeNull();
    expect(nothing.body.data.response).toMatch(/No timer is running/);
  });

  it('proposes logging time worked, and undoes it', async () => {
    const asked = await me.ask('log 2 hours for Acme on the brand refresh yesterday');
    const pending = asked.body.data.pending_action;
    expect(pending?.tool, asked.body.data.response).toBe('log_time');
    expect(pending.args).toMatchObject({ contact_id: acme, duration_minutes: 120, description: 'brand refresh' });
    const confirmed = await me.confirm(pending.id);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.data).toMatchObject({ duration_minutes: 120, contact_id: acme, invoice_id: null });
    const undone = await me.undo(pending.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
  });

  it('splits the time by client, finds it by what the work was, and stops the timer on "done with <client>" only when one runs', async () => {
    const split = await me.ask('break my hours down by client for this month');
    expect(split.body.data.pending_action).toBeNull();
    expect(split.body.data.response).toContain('12:15 h');
    expect(split.body.data.response).toMatch(/Beacon[^\n]*10:00 h \(600 minutes\)/);
    expect(split.body.data.response).toMatch(/Acme[^\n]*2:15 h \(135 minutes\)/);

    const review = await me.ask('how long did I spend on the review this month?');
    expect(review.body.data.response).toContain('0:45 h');
    expect(review.body.data.response).toContain('“review”');

    const together = await me.ask('Acme and Beacon together, how much time this month?');
    expect(together.body.data.response).toContain('12:15 h');
    expect(together.body.data.response).toContain('735 minutes');

    // no timer runs: "done with acme" is not a stop
    const idle = await me.ask("I'm done with acme for today");
    expect(idle.body.data.pending_action?.tool ?? null).not.toBe('stop_timer');

    const start = await me.ask('timer for Acme');
    expect(start.body.data.pending_action?.tool, start.body.data.response).toBe('start_timer');
    expect((await me.confirm(start.body.data.pending_action.id)).status).toBe(200);
    // a timer runs, but on Acme: "done with the lease" is about something else
    const other = await me.ask("I'm done with the lease");
    expect(other.body.data.pending_action?.tool ?? null).not.toBe('stop_timer');
    const done = await me.ask("I'm done with acme for today");
    expect(done.body.data.pending_action?.tool, done.body.data.response).toBe('stop_timer');
    expect((await me.confirm(done.body.data.pending_action.id)).status).toBe(200);
    expect(await me.tx((tx) => runningTimer(tx, me.user))).toBeNull();
  });

  it('tells a viewer it can only look', async () => {
    const owner = await assistant.signUp('Olga Owner');
    const viewer = await assistant.signUp('Vic Viewer');
    const [, inTeam] = await assistant.team(owner, [[viewer, 'viewer']]);
    const res = await inTeam!.ask('start a timer');
    expect(res.body.data.pending_action).toBeNull();
    const hours = await inTeam!.ask('how many hours did we log this month?');
    expect(hours.body.data.response).toMatch(/no time logged this month/i);
  });
});
