import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { createDeal, listStages } from '@/features/deals/service';
import { createInvoice, recordPayment } from '@/features/invoices/service';
import { createQuote, updateQuote } from '@/features/quotes/service';
import { createRecurring } from '@/features/recurring/service';
import { recurringCreateSchema } from '@/features/recurring/schema';
import { createTasks } from '@/features/tasks/service';
import { createTimeEntry } from '@/features/time/service';
import { createTransactions } from '@/features/transactions/service';
import { getDriver, selectRows } from '@/lib/db';
import { FIXTURE_CONTACTS } from '@/features/ai/engines/builtin/requests';
import { TUNING } from '@/features/ai/engines/builtin/corpus/tuning';
import { TUNING_2 } from '@/features/ai/engines/builtin/corpus/tuning-2';
import { TUNING_3 } from '@/features/ai/engines/builtin/corpus/tuning-3';
import { TUNING_4 } from '@/features/ai/engines/builtin/corpus/tuning-4';
import { TUNING_5 } from '@/features/ai/engines/builtin/corpus/tuning-5';
import { TUNING_6 } from '@/features/ai/engines/builtin/corpus/tuning-6';
import { TUNING_7 } from '@/features/ai/engines/builtin/corpus/tuning-7';
import { TUNING_8 } from '@/features/ai/engines/builtin/corpus/tuning-8';
import { TUNING_9 } from '@/features/ai/engines/builtin/corpus/tuning-9';
import { SET_ASIDE_FIXTURE } from '@/features/ai/engines/builtin/corpus/fixture';
import type { CorpusCase } from '@/features/ai/engines/builtin/corpus/types';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { type WorkspaceTemplate, copyWorkspace, workspaceTemplate } from '../helpers/workspace-copy';
import { installWriteCounter } from '../helpers/write-counter';

/**
 * The assistant corpus (docs/decisions/0145-assistant-language.md): every
 * request of the tuning part (corpus/tuning.ts on the tuning account, then
 * corpus/tuning-2.ts to corpus/tuning-9.ts, earlier set-aside batches, on the set-aside account) and,
 * when present, of the set-aside part (corpus/holdout.ts) goes
 * through the whole assistant (service → built-in engine → tools → RLS) on a
 * real database seeded with ONE account holding every record the corpus
 * names. Reads are judged by the facts in the answer, writes by the proposal's
 * arguments and, after confirming, by the record (then undone). Before any
 * confirmation no row of the business tables may have been inserted, updated
 * or deleted: nothing is ever written by asking. Prints the accuracy per intent
 * and the median answer time (docs/decisions/0217-corpus-request-cost.md: what a request costs).
 */

// The set-aside part is corpus/holdout.ts when that file exists; CORPUS_HOLDOUT_FILE points it at another file (a new batch to try)
const HOLDOUT_FILE = process.env.CORPUS_HOLDOUT_FILE
  ? path.resolve(process.env.CORPUS_HOLDOUT_FILE)
  : path.resolve(import.meta.dirname, '../../src/features/ai/engines/builtin/corpus/holdout.ts');
type HoldoutFixture = typeof SET_ASIDE_FIXTURE;
const HOLDOUT_MODULE = fs.existsSync(HOLDOUT_FILE)
  ? ((await import(/* @vite-ignore */ HOLDOUT_FILE)) as { HOLDOUT: CorpusCase[]; HOLDOUT_FIXTURE?: HoldoutFixture })
  : null;
const HOLDOUT: CorpusCase[] = HOLDOUT_MODULE?.HOLDOUT ?? [];
const HOLDOUT_QUOTES_AND_DEALS: HoldoutFixture = HOLDOUT_MODULE?.HOLDOUT_FIXTURE ?? SET_ASIDE_FIXTURE;

let assistant: Assistant;
let me: Account;
let sam: Account;
let olivia: Account;
/**
 * The set-aside account's asker, for corpus/tuning-2.ts. Its fixture cannot share the tuning
 * account: corpus/tuning.ts counts "2 deals", "no deals in Negotiation", "no draft quotes" and its
 * QUO-0001 is Sofia's 3 × 600, while tuning-2 assumes four quotes (its QUO-0001 is Sofia's 1 × 4,800)
 * and five deals on several stages (SET_ASIDE_FIXTURE). So it runs on a workspace of its own, seeded
 * with the same contacts, tasks, transactions, invoices, recurring profiles and time entries plus
 * those quotes and deals, which ME owns with Sam Lee (member) and Vera Viewer (viewer).
 */
let setAsideMe: Account;
/** The set-aside part's asker: the set-aside account itself, or one of its own when the batch brings its own fixture. */
let holdoutMe: Account;
/** Full names of the people in each account's workspace, for '@member:<full name>'. */
const MEMBERS = new Map<Account, Record<string, string>>();

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const at = (offset: number, time: string) => new Date(`${day(offset)}T${time}:00.000Z`);
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** Values that depend on today's date or on who is asking; '@kind:name' references through `refs`. */
function resolve(value: unknown, asker: Account = me, refs: Map<string, string> = new Map()): unknown {
  const again = (v: unknown) => resolve(v, asker, refs);
  if (typeof value === 'string' && value.startsWith('@') && refs.has(value.toLowerCase())) return refs.get(value.toLowerCase());
  if (value === 'TODAY') return day(0);
  if (value === 'TOMORROW') return day(1);
  if (value === 'TOMORROW_15') return `${day(1)}T15:00:00.000Z`;
  if (value === 'YESTERDAY') return day(-1);
  if (value === 'ME') return asker.user.user.id;
  if (value === 'SAM') return sam.user.user.id;
  if (value === 'OLIVIA') return olivia.user.user.id;
  if (typeof value === 'string') {
    const inDays = /^IN_(\d+)_DAYS$/.exec(value);
    if (inDays) return day(Number(inDays[1]));
    const next = /^NEXT_([A-Z]+)$/.exec(value);
    if (next && WEEKDAYS.includes(next[1]!)) {
      const target = WEEKDAYS.indexOf(next[1]!);
      const ahead = (target - new Date().getUTCDay() + 7) % 7 || 7;
      // "next friday" is read as the coming one or the one after it: both are honest readings
      return expect.stringMatching(new RegExp(`^(${day(ahead)}|${day(ahead + 7)})`));
    }
  }
  if (Array.isArray(value)) return value.map(again);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, again(v)]));
  return value;
}

/** True when `value` holds a '@kind:name' reference (only the set-aside part uses them). */
const hasReference = (value: unknown): boolean =>
  typeof value === 'string'
    ? /^@[a-z]+:/.test(value)
    : Array.isArray(value)
      ? value.some(hasReference)
      : !!value && typeof value === 'object' && Object.values(value).some(hasReference);

/** '@contact:Amara Okafor', '@task:…', '@invoice:…', '@quote:…', '@deal:…', '@stage:…', '@recurring:…', '@member:…' → ids in `account`'s workspace, read now (a `before` may have made a task). */
async function references(account: Account): Promise<Map<string, string>> {
  const rows = await account.tx((tx) =>
    selectRows<{ k: string; id: string }>(
      tx,
      sql.raw(`
        select '@contact:' || trim(c.first_name || ' ' || coalesce(c.last_name, '')) as k, c.id::text as id from public.contacts c
        union all select '@task:' || t.title, t.id::text from public.tasks t
        union all select '@invoice:' || i.invoice_number, i.id::text from public.invoices i
        union all select '@quote:' || q.quote_number, q.id::text from public.quotes q
        union all select '@deal:' || d.title, d.id::text from public.deals d
        union all select '@stage:' || s.name, s.id::text from public.deal_stages s
        union all select '@recurring:' || trim(c.first_name || ' ' || coalesce(c.last_name, '')), r.id::text
          from public.recurring_invoices r join public.contacts c on c.id = r.contact_id`),
    ),
  );
  const refs = new Map<string, string>();
  for (const row of rows) if (!refs.has(row.k.toLowerCase())) refs.set(row.k.toLowerCase(), row.id);
  for (const [name, id] of Object.entries(MEMBERS.get(account) ?? {})) refs.set(`@member:${name}`.toLowerCase(), id);
  return refs;
}

const TABLES = [
  'contacts',
  'contact_notes',
  'tasks',
  'transactions',
  'invoices',
  'invoice_items',
  'quotes',
  'quote_items',
  'credit_notes',
  'credit_note_items',
  'recurring_invoices',
  'deal_stages',
  'deals',
  'time_entries',
];

/** The rows written so far to the business tables (TABLES), in any workspace: equal before and after a question, or something was written. */
let writes: () => Promise<number>;

/** Writes that cannot be undone (a credit note, a converted quote) are confirmed on an account of their own holding the same records (freshAccount). */
const IRREVERSIBLE = new Set(['credit_invoice', 'convert_quote']);
/** The set-aside part also lists stopping a timer (its `before` starts one): all three on a fresh, fully seeded account. */
const IRREVERSIBLE_HOLDOUT = new Set([...IRREVERSIBLE, 'stop_timer']);

/** Per fixture and kind of seeding, an account seeded once, never asked anything: what each fresh account is a copy of. */
const templates = new Map<HoldoutFixture, Map<string, Promise<WorkspaceTemplate>>>();

/**
 * A new Robin Example whose personal workspace holds what `seed(…, mode, fixture)` writes and nothing else:
 * a copy, in SQL, of an account seeded so through the services (tests/helpers/workspace-copy.ts, which
 * checks the copy row for row); the first one of each kind seeds that account.
 */
async function freshAccount(mode: 'documents' | 'holdout', fixture: HoldoutFixture): Promise<Account> {
  const byMode = templates.get(fixture) ?? new Map<string, Promise<WorkspaceTemplate>>();
  templates.set(fixture, byMode);
  let template = byMode.get(mode);
  if (!template) {
    template = (async () => {
      const seeded = await assistant.signUp('Robin Example');
      await seed(seeded, mode, fixture);
      return workspaceTemplate(seeded.user.id, seeded.user.user.id);
    })();
    byMode.set(mode, template);
  }
  const account = await assistant.signUp('Robin Example');
  await copyWorkspace(await template, account.user.id, account.user.user.id);
  return account;
}

/** A workspace owned by a new Robin Example with Sam Lee (member) and Vera Viewer (viewer), seeded with `fixture`'s quotes and deals. */
async function setAsideAccount(fixture: HoldoutFixture): Promise<Account> {
  const asker = await assistant.signUp('Robin Example');
  const others = [await assistant.signUp('Sam Lee'), await assistant.signUp('Vera Viewer')];
  const team = await assistant.team(asker, [
    [others[0]!, 'member'],
    [others[1]!, 'viewer'],
  ]);
  const account = team[0]!;
  MEMBERS.set(account, {
    'Robin Example': account.user.user.id,
    'Sam Lee': team[1]!.user.user.id,
    'Vera Viewer': team[2]!.user.user.id,
  });
  await seed(account, 'holdout', fixture);
  return account;
}

/**
 * Every record the corpus names, in `account`'s workspace; `documents` only: the contacts,
 * invoices and quote (enough for a credit note or a conversion on an account of its own);
 * `holdout`: everything but the tuning part's quote and deals, and `fixture`'s quotes and
 * deals instead (the set-aside account).
 */
async function seed(account: Account, mode: 'tuning' | 'documents' | 'holdout' = 'tuning', fixture: HoldoutFixture = SET_ASIDE_FIXTURE) {
  const documents = mode === 'documents';
  await account.tx(async (tx) => {
    const contacts = await createContacts(tx, account.user, [
      ...FIXTURE_CONTACTS,
      { first_name: 'Acme', company: 'Acme Ltd' },
      { first_name: 'Beacon', company: 'Beacon plc' },
    ]);
    const id = (first: string) => contacts.find((c) => c.first_name === first)!.id;
    if (!documents)
      await createTasks(tx, account.user, [
        { title: 'Send the retainer report', priority: 'high', due_on: day(0), contact_id: id('Amara') },
        { title: 'Call Grace about the bakery website', due_date: at(1, '10:00'), contact_id: id('Grace') },
        { title: 'Follow up on the relaunch proposal', priority: 'high', due_date: at(-2, '10:00'), contact_id: id('Lukas') },
        {
          title: 'Renew the domain',
          priority: 'low',
          due_on: day(10),
          ...(account === me ? { assignee_id: sam.user.user.id } : {}),
          ...(MEMBERS.get(account)?.['Sam Lee'] ? { assignee_id: MEMBERS.get(account)!['Sam Lee'] } : {}),
        },
        { title: 'Prepare quarterly taxes' },
        { title: 'Order business cards' },
        { title: 'Check the lease' },
        { title: 'Send Kenji the storyboard', status: 'completed', completed_at: at(-3, '12:00'), contact_id: id('Kenji') },
      ]);
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 10)).toISOString().slice(0, 10);
    if (!documents)
      await createTransactions(tx, account.user, [
        { type: 'income', amount: '1500.00', category: 'Client work', description: 'Website milestone', date: day(0) },
        { type: 'expense', amount: '45.90', category: 'Meals', description: 'Lunch with Lukas', date: day(0) },
        { type: 'expense', amount: '120.00', category: 'Software', description: 'Hosting', date: day(0) },
        { type: 'expense', amount: '29.99', category: 'Software', description: 'Design tool', date: day(0) },
        { type: 'income', amount: '2000.00', category: 'Client work', date: lastMonth },
        { type: 'expense', amount: '800.00', category: 'Rent', date: lastMonth },
      ]);
    await createInvoice(tx, account.user, {
      contact_id: id('Amara'),
      status: 'sent',
      issue_date: day(-5),
      due_date: day(10),
      items: [{ description: 'Brand retainer', quantity: '1', unit_price: '1200.00' }],
    });
    const lukas = await createInvoice(tx, account.user, {
      contact_id: id('Lukas'),
      status: 'sent',
      issue_date: day(-40),
      due_date: day(-10),
      items: [{ description: 'Relaunch workshop', quantity: '5', unit_price: '150.00' }],
    });
    await recordPayment(tx, account.user, lukas.id, { amount: '250.00', date: day(-100) });
    const priya = await createInvoice(tx, account.user, {
      contact_id: id('Priya'),
      status: 'sent',
      issue_date: day(-120),
      due_date: day(-106),
      items: [{ description: 'Dashboard project', quantity: '1', unit_price: '3000.00' }],
    });
    await recordPayment(tx, account.user, priya.id, { amount: '3000.00', date: day(-110) });
    const profile = (contact: string, frequency: string) =>
      recurringCreateSchema.parse({
        contact_id: contact,
        frequency,
        start_date: '2099-01-31',
        items: [{ description: 'Retainer', quantity: 1, unit_price: '500.00' }],
      });
    if (!documents) {
      await createRecurring(tx, account.user, profile(id('Amara'), 'monthly'));
      await createRecurring(tx, account.user, profile(id('Lukas'), 'quarterly'));
    }
    if (mode === 'holdout') {
      const byName = (full: string) =>
        contacts.find((c) => `${c.first_name} ${c.last_name ?? ''}`.trim() === full || c.first_name === full)!.id;
      for (const q of fixture.quotes) {
        // issued today, valid 30 days; created in order, so QUO-0001 … QUO-0004
        const created = await createQuote(tx, account.user, {
          contact_id: byName(q.contact),
          valid_until: day(30),
          items: q.items.map((item) => ({ ...item })),
        });
        if (q.status !== 'draft') {
          if (q.status !== 'sent') await updateQuote(tx, account.user, created.id, { status: 'sent' });
          await updateQuote(tx, account.user, created.id, { status: q.status });
        }
      }
      const stages = await listStages(tx, account.user);
      for (const d of fixture.deals) {
        await createDeal(tx, account.user, {
          title: d.title,
          value: d.value,
          contact_id: byName(d.contact),
          stage_id: stages.find((st) => st.name === d.stage)!.id,
          ...('expected_close_in_days' in d ? { expected_close_date: day(d.expected_close_in_days) } : {}),
        });
      }
    }
    if (mode !== 'holdout') {
      const quote = await createQuote(tx, account.user, {
        contact_id: id('Sofia'),
        valid_until: day(20),
        items: [{ description: 'Website redesign', quantity: '3', unit_price: '600.00' }],
      });
      await updateQuote(tx, account.user, quote.id, { status: 'sent' });
    }
    if (documents) return;
    if (mode === 'tuning') {
      await createDeal(tx, account.user, { title: 'Casa Marquez website', value: '4800.00', contact_id: id('Sofia') });
      await createDeal(tx, account.user, { title: 'Nordwerk relaunch', value: '9500.00', contact_id: id('Lukas') });
    }
    const firstOfMonth = `${day(0).slice(0, 8)}01T09:00:00.000Z`;
    await createTimeEntry(tx, account.user, {
      contact_id: id('Acme'),
      description: 'Design',
      started_at: firstOfMonth,
      duration_minutes: 90,
    });
    await createTimeEntry(tx, account.user, {
      contact_id: id('Acme'),
      description: 'Review',
      started_at: firstOfMonth,
      duration_minutes: 45,
    });
    await createTimeEntry(tx, account.user, {
      contact_id: id('Beacon'),
      description: 'Other',
      started_at: firstOfMonth,
      duration_minutes: 600,
    });
  });
}

/** Where a case comes from: its part (tuning or set-aside) and the account it runs on. */
export type Source =
  'tuning' | 'tuning-2' | 'tuning-3' | 'tuning-4' | 'tuning-5' | 'tuning-6' | 'tuning-7' | 'tuning-8' | 'tuning-9' | 'holdout';
const PART: Record<Source, 'tuning' | 'holdout'> = {
  tuning: 'tuning',
  'tuning-2': 'tuning',
  'tuning-3': 'tuning',
  'tuning-4': 'tuning',
  'tuning-5': 'tuning',
  'tuning-6': 'tuning',
  'tuning-7': 'tuning',
  'tuning-8': 'tuning',
  'tuning-9': 'tuning',
  holdout: 'holdout',
};

interface Result {
  source: Source;
  part: 'tuning' | 'holdout';
  intent: string;
  before?: string;
  q: string;
  ok: boolean;
  ms: number;
  why?: string;
}
const results: Result[] = [];
let writesBeforeConfirm = 0;

/**
 * Where a shard's time goes (written with the verdicts under CORPUS_REPORT): milliseconds per phase of
 * the requests (`answer` is the assistant answering the request itself; `between` is the test runner's
 * own time from one request's end to the next one's start), summed over the shard.
 */
const phases = new Map<string, { ms: number; n: number }>();
async function timed<T>(phase: string, fn: () => Promise<T>): Promise<T> {
  const began = performance.now();
  try {
    return await fn();
  } finally {
    const entry = phases.get(phase) ?? { ms: 0, n: 0 };
    entry.ms += performance.now() - began;
    entry.n += 1;
    phases.set(phase, entry);
  }
}
let lastEnded: number | null = null;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
};

/** The accuracy per intent of `sources`, the batches of the test file that registered the corpus. */
function table(sources: Source[]): string {
  const intents = [...new Set(results.map((r) => r.intent))].sort();
  const rate = (rs: Result[]) => (rs.length ? `${rs.filter((r) => r.ok).length}/${rs.length}` : '-');
  const lines = [`${'intent'.padEnd(26)} ${sources.map((s) => s.padStart(9)).join(' ')}`];
  for (const intent of intents) {
    const of = (source: Source) => results.filter((r) => r.intent === intent && r.source === source);
    lines.push(`${intent.padEnd(26)} ${sources.map((s) => rate(of(s)).padStart(9)).join(' ')}`);
  }
  const total = (part: Result['part']) => {
    const rs = results.filter((r) => r.part === part);
    return rs.length ? `${rate(rs)} (${((100 * rs.filter((r) => r.ok).length) / rs.length).toFixed(1)} %)` : 'not present';
  };
  const of = (source: Source) => results.filter((r) => r.source === source);
  const tuning = sources.filter((source) => PART[source] === 'tuning');
  if (tuning.length) lines.push(`tuning:  ${total('tuning')} — ${tuning.map((source) => `${source}.ts ${rate(of(source))}`).join(', ')}`);
  if (sources.includes('holdout'))
    lines.push(`holdout: ${total('holdout')} (target 95 %, regression floor ${(100 * HOLDOUT_FLOOR).toFixed(1)} %)`);
  lines.push(`median answer time: ${median(results.map((r) => r.ms)).toFixed(1)} ms over ${results.length} requests`);
  return lines.join('\n');
}

/**
 * Each request starts a conversation of its own (only `before` is said before it): the earlier
 * exchanges are moved out of the follow-up window, as if asked an hour ago.
 */
async function newConversation(account: Account) {
  const { db } = await getDriver();
  await db.execute(
    sql`update public.ai_logs set created_at = created_at - interval '1 hour' where workspace_id = ${account.user.id} and created_at > now() - interval '1 hour'`,
  );
}

async function check(c: CorpusCase, source: Source): Promise<number> {
  // tuning.ts runs on the tuning account; tuning-2.ts to tuning-9.ts and the set-aside part on a set-aside account
  const setAside = source !== 'tuning';
  const home = source === 'holdout' ? holdoutMe : setAside ? setAsideMe : me;
  let account = home;
  const irreversible = setAside ? IRREVERSIBLE_HOLDOUT : IRREVERSIBLE;
  if (c.propose && irreversible.has(c.propose.tool)) {
    // tuning.ts needs only the documents; the set-aside cases name any record
    account = await timed('fresh account', () =>
      freshAccount(setAside ? 'holdout' : 'documents', source === 'holdout' ? HOLDOUT_QUOTES_AND_DEALS : SET_ASIDE_FIXTURE),
    );
  }
  /** Confirmed writes to undo after the case, latest first (only on the shared account). */
  const undo: string[] = [];
  try {
    await timed('new conversation', () => newConversation(account));
    if (c.before) {
      const earlier = await timed('before', () => account.ask(c.before!));
      // a set-aside case's `before` may be a write: confirmed as a person would, undone after the case
      const pending = setAside ? earlier.body?.data?.pending_action : null;
      if (pending) {
        const confirmed = await timed('before confirm', () => account.confirm(pending.id));
        expect(confirmed.status, `confirming "${c.before}": ${JSON.stringify(confirmed.body)}`).toBe(200);
        undo.unshift(pending.id);
      }
    }
    const start = await timed('write check', () => writes());
    const began = performance.now();
    const res = await timed('answer', () => account.ask(c.q));
    const ms = performance.now() - began;
    const asked = await timed('write check', () => writes());
    if (asked !== start) writesBeforeConfirm += 1;
    expect(asked - start, `"${c.q}" wrote rows before any confirmation`).toBe(0);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const data = res.body.data;
    const text = data.response.toLowerCase();
    for (const fragment of c.reply ?? []) expect(text, `answer to "${c.q}"`).toContain(fragment.toLowerCase());
    for (const fragment of c.absent ?? []) expect(text, `answer to "${c.q}"`).not.toContain(fragment.toLowerCase());
    if (c.clarify) {
      expect(data.action_taken, `"${c.q}" should ask back: ${data.response}`).toBe('asked_back');
      expect(data.pending_action).toBeNull();
    }
    if (c.propose) {
      expect(data.pending_action, `"${c.q}" should propose ${c.propose.tool}: ${data.response}`).not.toBeNull();
      expect(data.pending_action.tool, data.response).toBe(c.propose.tool);
      const refs = hasReference(c.propose) ? await timed('references', () => references(account)) : new Map<string, string>();
      const args = resolve(c.propose.args, home, refs) as object;
      expect(data.pending_action.args, `args ${JSON.stringify(data.pending_action.args)} vs ${JSON.stringify(args)}`).toMatchObject(args);
      const confirmed = await timed('confirm', () => account.confirm(data.pending_action.id));
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
      if (account === home) undo.unshift(data.pending_action.id);
      if (c.propose.record) {
        const record = resolve(c.propose.record, home, refs) as object;
        const got = confirmed.body.data as Record<string, unknown>;
        const shown = Object.fromEntries(Object.keys(record).map((k) => [k, got?.[k]]));
        expect(got, `record ${JSON.stringify(shown)} vs ${JSON.stringify(record)}`).toMatchObject(record);
      }
    } else if (!c.clarify) {
      expect(data.pending_action, `"${c.q}" should not propose a change: ${data.response}`).toBeNull();
    }
    if (c.intent === 'unsupported') expect(data.pending_action).toBeNull();
    return ms;
  } finally {
    if (account === home)
      for (const id of undo) {
        const undone = await timed('undo', () => home.undo(id));
        expect(undone.status, JSON.stringify(undone.body)).toBe(200);
      }
  }
}

async function run(source: Source, c: CorpusCase) {
  const began = performance.now();
  if (lastEnded !== null) {
    const entry = phases.get('between') ?? { ms: 0, n: 0 };
    entry.ms += began - lastEnded;
    entry.n += 1;
    phases.set('between', entry);
  }
  const part = PART[source];
  try {
    const ms = await timed('request', () => check(c, source));
    results.push({ source, part, intent: c.intent, before: c.before, q: c.q, ok: true, ms });
  } catch (error) {
    results.push({
      source,
      part,
      intent: c.intent,
      before: c.before,
      q: c.q,
      ok: false,
      ms: performance.now() - began,
      why: (error as Error).message.split('\n')[0],
    });
    // every tuning case fails its own test; the set-aside part is judged as a whole below
    if (part === 'tuning') throw error;
  } finally {
    lastEnded = performance.now();
  }
}

/**
 * The set-aside part's regression floor. Its batch (corpus/holdout.ts, 532 requests) was written blind
 * on 2026-12-08, after the batch now in tuning-9.ts, and measured 494 (92.9 %) with the engine tuned on
 * tuning-8.ts, then 500 (94.0 %) with the engine tuned on tuning-9.ts (ADRs 0226, 0228), never tuned on
 * this batch. The floor is 2 points under that; the target stays 95 %.
 */
const HOLDOUT_FLOOR = 0.92;

const label = (c: CorpusCase) => `[${c.intent}] ${c.before ? `${c.before} → ` : ''}${c.q}`;
/** The batches, each with its part and the account it runs on. */
const BATCHES: Record<Source, CorpusCase[]> = {
  tuning: TUNING,
  'tuning-2': TUNING_2,
  'tuning-3': TUNING_3,
  'tuning-4': TUNING_4,
  'tuning-5': TUNING_5,
  'tuning-6': TUNING_6,
  'tuning-7': TUNING_7,
  'tuning-8': TUNING_8,
  'tuning-9': TUNING_9,
  holdout: HOLDOUT,
};

/**
 * Registers the corpus for `sources` in the calling test file. The corpus runs as shards (one test
 * file each, docs/decisions/0212-test-run-wall-time.md) so that Vitest's workers share it; each
 * shard seeds only the accounts its batches use and prints its own table.
 * CORPUS_SOURCES=tuning-5,tuning-4 runs only those batches of the tuning part (while working on one);
 * CORPUS_ONLY_HOLDOUT=1 runs only the set-aside part.
 */
export function corpusShard(sources: Source[]) {
  const tuningBatches = sources
    .filter((source) => PART[source] === 'tuning')
    .filter((source) => !process.env.CORPUS_SOURCES || process.env.CORPUS_SOURCES.split(',').includes(source))
    .map((source) => [source, BATCHES[source]] as const);
  const holdout = sources.includes('holdout') ? HOLDOUT : [];

  beforeAll(
    () =>
      timed('setup', async () => {
        assistant = await timed('start database', () => startAssistant());
        writes = await installWriteCounter(TABLES);
        const owner = await assistant.signUp('Robin Example');
        const people = [await assistant.signUp('Olivia Owner'), await assistant.signUp('Sam Lee'), await assistant.signUp('Vera Viewer')];
        const team = await assistant.team(owner, [
          [people[0]!, 'admin'],
          [people[1]!, 'member'],
          [people[2]!, 'viewer'],
        ]);
        me = team[0]!;
        olivia = team[1]!;
        sam = team[2]!;
        const runs = (source: Source) => (source === 'holdout' ? holdout.length > 0 : tuningBatches.some(([s]) => s === source));
        if (runs('tuning')) await seed(me);
        if (sources.some((source) => source !== 'tuning' && runs(source))) setAsideMe = await setAsideAccount(SET_ASIDE_FIXTURE);
        if (holdout.length > 0)
          holdoutMe = HOLDOUT_QUOTES_AND_DEALS === SET_ASIDE_FIXTURE ? setAsideMe : await setAsideAccount(HOLDOUT_QUOTES_AND_DEALS);
      }),
    180_000,
  );

  afterAll(async () => {
    const failed = results.filter((r) => !r.ok);
    process.stdout.write(`\n[assistant corpus: ${sources.join(', ')}]\n${table(sources)}\n`);
    if (failed.length) process.stdout.write(`failed:\n${failed.map((f) => `  [${f.source}/${f.intent}] ${f.q}: ${f.why}`).join('\n')}\n`);
    // CORPUS_REPORT=<directory>: every case's verdict (one JSON line each, to compare two runs case by case) and where the time went
    if (process.env.CORPUS_REPORT) {
      const name = path.join(process.env.CORPUS_REPORT, sources.join('+'));
      fs.mkdirSync(process.env.CORPUS_REPORT, { recursive: true });
      const verdicts = results.map((r) =>
        JSON.stringify({ source: r.source, intent: r.intent, before: r.before, q: r.q, ok: r.ok, why: r.why }),
      );
      fs.writeFileSync(`${name}.results.jsonl`, verdicts.join('\n') + '\n');
      fs.writeFileSync(
        `${name}.profile.json`,
        JSON.stringify({ requests: results.length, phases: Object.fromEntries(phases) }, null, 1) + '\n',
      );
    }
    await assistant?.close();
  });

  describe.skipIf(process.env.CORPUS_ONLY_HOLDOUT === '1' || tuningBatches.length === 0)(
    'the assistant corpus, tuning part (built-in engine)',
    () => {
      for (const [source, cases] of tuningBatches) for (const c of cases) it(label(c), () => run(source, c), 30_000);
      // The tuning part must be 100 %: each case fails its own test, and this one checks that all of them ran.
      it('tuning part is 100 %', () => {
        const mine = results.filter((r) => r.part === 'tuning');
        expect(mine.length).toBe(tuningBatches.reduce((n, [, cases]) => n + cases.length, 0));
        expect(mine.filter((r) => !r.ok).map((r) => `[${r.source}/${r.intent}] ${r.q}`)).toEqual([]);
      });
    },
  );

  describe.runIf(holdout.length > 0)('the assistant corpus, set-aside part (built-in engine)', () => {
    for (const c of holdout) it(label(c), () => run('holdout', c), 30_000);
    // The target is 95 % (issue: the assistant's language); this is a regression floor, not the target.
    it(`stays at or above its regression floor of ${(100 * HOLDOUT_FLOOR).toFixed(1)} % (target 95 %)`, () => {
      const mine = results.filter((r) => r.part === 'holdout');
      expect(mine.length).toBe(holdout.length);
      expect(mine.filter((r) => r.ok).length / mine.length).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
    });
  });

  describe('the corpus as a whole', () => {
    if (sources.includes('tuning'))
      it('has at least ten phrasings for every intent', () => {
        const counts = new Map<string, number>();
        for (const c of [...TUNING, ...TUNING_2, ...TUNING_3, ...TUNING_4, ...TUNING_5, ...TUNING_6, ...TUNING_7, ...TUNING_8, ...TUNING_9])
          counts.set(c.intent, (counts.get(c.intent) ?? 0) + 1);
        const thin = [...counts].filter(([intent, n]) => n < 10 && intent !== 'clarify' && intent !== 'unsupported');
        expect(thin).toEqual([]);
      });
    it('wrote nothing before a confirmation', () => {
      expect(writesBeforeConfirm).toBe(0);
    });
  });
}
