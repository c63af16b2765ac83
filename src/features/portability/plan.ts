// Over 400 lines on purpose: the import plan is one unit — new ids, every table's references rewritten, the
// invoice replay and the check afterwards — and each step needs the id maps the earlier ones built.
import { randomUUID } from 'node:crypto';
import type { LogoUpload, UserSettingsUpdate } from '@/features/users/schema';
import { ApiError, type ErrorDetails } from '@/lib/errors';
import { toUnits } from '@/lib/money';
import { remapJson, remapText } from './remap';
import type { ExportFile, ExportTables, ImportCounts } from './schema';
import { readFile } from './versions';

/**
 * What an import will write, worked out before the database is touched: the
 * file's rows with new ids (every reference rewritten to the new id of the
 * row it names), the order in which invoices are sent, paid and cancelled,
 * and what each invoice must come out as. A file whose rows refer to
 * anything it does not contain, or name another workspace (version 1:
 * account), is refused here. The rows belong to the workspace imported into,
 * and their creator is the person importing (the database's default).
 */

export type Row = Record<string, unknown>;

export interface TaxLine {
  rate: string;
  base: string;
  amount: string;
}

/** A quote's life after it is inserted as a draft: its status, the file's moments, the client's views. */
export interface QuoteReplay {
  id: string;
  status: string;
  sent_at: string | null;
  accepted_at: string | null;
  declined_at: string | null;
  converted_at: string | null;
  viewed_at: string | null;
  view_count: number;
}

/** What an invoice must look like once its items, sending and payments are replayed. */
export interface InvoiceOutcome {
  id: string;
  /** where the invoice is in the file, for error details (`tables.invoices.3`) */
  path: string;
  invoice_number: string;
  status: string;
  subtotal: string;
  discount_amount: string;
  tax_amount: string;
  total_amount: string;
  amount_paid: string;
  /** Σ its credit notes (absent in files from before credit notes: not checked) */
  credited_amount?: string;
  taxes: TaxLine[];
}

export interface ImportPlan {
  /** the business settings of the file's workspace (applied to the workspace imported into) */
  settings: Omit<UserSettingsUpdate, 'locale'> | null;
  /** the workspace's time tracking settings (docs/decisions/0105), when the file has them */
  timeSettings: { default_hourly_rate?: string | null; time_rounding_minutes?: 0 | 6 | 15 } | null;
  reminderDays: number[] | null;
  logo: LogoUpload | null;
  /** the invoice counter, so that the next invoice continues the file's numbering */
  lastInvoiceNumber: number | null;
  /** the quote counter, likewise */
  lastQuoteNumber: number | null;
  /** the quote prefix and client link lifetime of the file's workspace */
  quoteSettings: { quote_prefix?: string; share_link_days?: number };
  /** each quote's life after it is inserted as a draft (status, its moments, the client's views) */
  quoteReplays: QuoteReplay[];
  /** what each quote must come out as */
  quoteOutcomes: {
    id: string;
    path: string;
    quote_number: string;
    subtotal: string;
    discount_amount: string;
    tax_amount: string;
    total_amount: string;
  }[];
  insert: {
    contacts: Row[];
    contact_notes: Row[];
    tasks: Row[];
    /** as drafts: the totals follow from the items, then their life is replayed */
    quotes: Row[];
    quote_items: Row[];
    recurring_invoices: Row[];
    /** as drafts: the totals follow from the items, then they are sent, paid and cancelled */
    invoices: Row[];
    invoice_items: Row[];
    transactions: Row[];
    /** after the payments and before cancelling: each is checked against its invoice like a new one */
    credit_notes: Row[];
    credit_note_items: Row[];
    time_entries: Row[];
    bank_accounts: Row[];
    bank_imports: Row[];
    bank_rules: Row[];
    bank_lines: Row[];
    invoice_events: Row[];
    invoice_reminders: Row[];
    deal_stages: Row[];
    deals: Row[];
    deal_events: Row[];
    ai_logs: Row[];
    ai_actions: Row[];
  };
  /** drafts to send (before payments), with the moment they were sent (null: unknown, now) */
  sends: { id: string; sent_at: string | null }[];
  /** invoices to cancel (after payments) */
  cancels: string[];
  /** when paid invoices were paid */
  paidAt: { id: string; paid_at: string }[];
  /** the credit note series of the file's workspace */
  creditNotePrefix: string | null;
  outcomes: InvoiceOutcome[];
  counts: ImportCounts;
}

/** At most this many problems are listed in an error's details. */
export const MAX_DETAILS = 50;

class Problems {
  readonly details: ErrorDetails = {};
  private count = 0;

  add(path: string, problem: string): void {
    this.count += 1;
    if (Object.keys(this.details).length >= MAX_DETAILS && !Object.hasOwn(this.details, path)) return;
    (this.details[path] ??= []).push(problem);
  }

  get size(): number {
    return this.count;
  }

  /** The details, with a note when some were left out. */
  listed(): ErrorDetails {
    const shown = Object.values(this.details).reduce((n, list) => n + list.length, 0);
    return this.count > shown ? { ...this.details, '(more)': [`and ${this.count - shown} more problems`] } : this.details;
  }
}

type Tables = ExportTables;
type WithId = { id: string; workspace_id?: string };

/** A member of the workspace imported into. */
export interface TargetMember {
  user_id: string;
  email: string | null;
}

export interface PlanOptions {
  /** the members of the workspace imported into: a task's assignee stays when they are one of them (by id or email) */
  members?: readonly TargetMember[];
  newId?: () => string;
}

const NOUNS: Record<string, string> = {
  contacts: 'contact',
  quotes: 'quote',
  invoice_items: 'invoice item',
  transactions: 'transaction',
  credit_notes: 'credit note',
  recurring_invoices: 'recurring invoice',
  invoices: 'invoice',
  deal_stages: 'deal stage',
  deals: 'deal',
  bank_accounts: 'bank account',
  bank_imports: 'bank statement import',
  ai_logs: 'assistant log entry',
};

export function planImport(file: ExportFile, tenantId: string, { members = [], newId = randomUUID }: PlanOptions = {}): ImportPlan {
  const read = readFile(file);
  const t: Tables = read.tables;
  const invalid = new Problems();
  const unusable = new Problems();
  const exportedAt = read.exported_at;

  // ── ids: unique in the whole file, each given a new one ──────────────────
  const ids = new Map<string, string>();
  const idsOf: Record<string, Set<string>> = {};
  const withIds: [keyof Tables, WithId[]][] = [
    ['contacts', t.contacts],
    ['contact_notes', t.contact_notes],
    ['tasks', t.tasks],
    ['quotes', t.quotes],
    ['quote_items', t.quote_items],
    ['recurring_invoices', t.recurring_invoices],
    ['invoices', t.invoices],
    ['invoice_items', t.invoice_items],
    ['transactions', t.transactions],
    ['credit_notes', t.credit_notes],
    ['credit_note_items', t.credit_note_items],
    ['time_entries', t.time_entries],
    ['bank_accounts', t.bank_accounts],
    ['bank_imports', t.bank_imports],
    ['bank_rules', t.bank_rules],
    ['bank_lines', t.bank_lines],
    ['invoice_events', t.invoice_events],
    ['invoice_reminders', t.invoice_reminders],
    ['deal_stages', t.deal_stages],
    ['deals', t.deals],
    ['deal_events', t.deal_events],
    ['ai_logs', t.ai_logs],
    ['ai_actions', t.ai_actions],
  ];
  for (const [table, rows] of withIds) {
    const own = (idsOf[table] = new Set());
    rows.forEach((row, i) => {
      if (ids.has(row.id)) {
        invalid.add(`tables.${table}.${i}.id`, 'appears more than once in the file');
        return;
      }
      ids.set(row.id, newId());
      own.add(row.id);
    });
  }

  // ── one workspace (version 1: one account): every row names the same one ───
  const owned: [string, readonly { workspace_id?: string }[]][] = [
    ['workspace_members', t.workspace_members],
    ['business_logos', t.business_logos],
    ['invoice_counters', t.invoice_counters],
    ['document_counters', t.document_counters],
    ...withIds,
  ];
  const home = t.workspaces[0]?.id ?? owned.flatMap(([, rows]) => rows).find((row) => row.workspace_id !== undefined)?.workspace_id;
  const tenantNoun = read.version === 1 ? 'account' : 'workspace';
  for (const [table, rows] of owned) {
    rows.forEach((row, i) => {
      if (row.workspace_id !== undefined && home !== undefined && row.workspace_id !== home) {
        unusable.add(`tables.${table}.${i}.${read.ownerField}`, `belongs to another ${tenantNoun} than the rest of the file`);
      }
    });
  }

  // ── assignees: kept when they are members here (the same person, or the same email) ──
  const memberIds = new Set(members.map((m) => m.user_id));
  const memberByEmail = new Map(members.filter((m) => m.email).map((m) => [m.email!.toLowerCase(), m.user_id]));
  const emailOf = new Map(t.users.filter((u) => u.email).map((u) => [u.id, u.email!.toLowerCase()]));
  const assignee = (id: string | null): string | null => {
    if (id === null) return null;
    if (memberIds.has(id)) return id;
    const email = emailOf.get(id);
    return (email && memberByEmail.get(email)) || null;
  };

  // ── references: only to rows of the file ──────────────────────────────────
  const ref = (table: string, i: number, field: string, value: string | null, target: string) => {
    if (value === null) return null;
    if (!idsOf[target]!.has(value)) {
      unusable.add(`tables.${table}.${i}.${field}`, `refers to no ${NOUNS[target] ?? target} in the file`);
      return null;
    }
    return ids.get(value)!;
  };

  // invoice numbers are unique per account
  const numbers = new Set<string>();
  t.invoices.forEach((inv, i) => {
    if (numbers.has(inv.invoice_number)) invalid.add(`tables.invoices.${i}.invoice_number`, 'appears more than once in the file');
    numbers.add(inv.invoice_number);
  });

  // quote numbers are unique per workspace too
  const quoteNumbers = new Set<string>();
  t.quotes.forEach((q, i) => {
    if (quoteNumbers.has(q.quote_number)) invalid.add(`tables.quotes.${i}.quote_number`, 'appears more than once in the file');
    quoteNumbers.add(q.quote_number);
  });

  // payments: only on sent or paid invoices, adding up to what each invoice says was paid
  const invoiceIndex = new Map(t.invoices.map((inv, i) => [inv.id, i]));
  const paid = new Map<string, bigint>();
  t.transactions.forEach((tr, i) => {
    if (tr.invoice_id === null) return;
    const index = invoiceIndex.get(tr.invoice_id);
    if (index === undefined) return; // reported as a reference below
    const invoice = t.invoices[index]!;
    if (invoice.status === 'draft' || invoice.status === 'cancelled') {
      unusable.add(
        `tables.transactions.${i}.invoice_id`,
        `pays invoice ${invoice.invoice_number}, which is ${invoice.status}: only sent and paid invoices take payments`,
      );
      return;
    }
    paid.set(tr.invoice_id, (paid.get(tr.invoice_id) ?? 0n) + toUnits(tr.amount));
  });
  t.invoices.forEach((inv, i) => {
    const sum = paid.get(inv.id) ?? 0n;
    if (sum !== toUnits(inv.amount_paid)) {
      unusable.add(
        `tables.invoices.${i}.amount_paid`,
        `is ${inv.amount_paid}, but the file's payments of invoice ${inv.invoice_number} add up to ${formatUnits(sum)}`,
      );
    }
  });

  // one running timer per member
  const running = new Set<string>();
  t.time_entries.forEach((e, i) => {
    const member = e.ended_at === null ? assignee(e.user_id) : null;
    if (member === null) return;
    if (running.has(member)) invalid.add(`tables.time_entries.${i}.ended_at`, 'is a second running timer of the same member');
    running.add(member);
  });

  // one reminder per invoice and step, and per invoice and day
  const steps = new Set<string>();
  const days = new Set<string>();
  t.invoice_reminders.forEach((r, i) => {
    const step = `${r.invoice_id}/${r.step_days}`;
    const day = `${r.invoice_id}/${r.local_date}`;
    if (steps.has(step)) invalid.add(`tables.invoice_reminders.${i}.step_days`, 'appears twice for the same invoice');
    if (days.has(day)) invalid.add(`tables.invoice_reminders.${i}.local_date`, 'appears twice for the same invoice');
    steps.add(step);
    days.add(day);
  });

  // ── rows with new ids ────────────────────────────────────────────────────
  const stamps = (row: { created_at?: string; updated_at?: string }) => ({
    created_at: row.created_at ?? exportedAt,
    updated_at: row.updated_at ?? row.created_at ?? exportedAt,
  });
  const own = { workspace_id: tenantId };

  const contacts = t.contacts.map((c) => ({
    id: ids.get(c.id),
    ...own,
    first_name: c.first_name,
    last_name: c.last_name,
    email: c.email,
    phone: c.phone,
    company: c.company,
    position: c.position,
    address: c.address,
    notes: c.notes,
    status: c.status,
    hourly_rate: c.hourly_rate ?? null,
    ...stamps(c),
  }));
  const notes = t.contact_notes.map((n, i) => ({
    id: ids.get(n.id),
    ...own,
    contact_id: ref('contact_notes', i, 'contact_id', n.contact_id, 'contacts'),
    body: n.body,
    ...stamps(n),
  }));
  const tasks = t.tasks.map((task, i) => ({
    id: ids.get(task.id),
    ...own,
    contact_id: ref('tasks', i, 'contact_id', task.contact_id, 'contacts'),
    assignee_id: assignee(task.assignee_id),
    title: task.title,
    description: task.description,
    due_date: task.due_date,
    due_on: task.due_on,
    status: task.status,
    priority: task.priority,
    completed_at: task.completed_at,
    ...stamps(task),
  }));
  const quotes = t.quotes.map((q, i) => ({
    id: ids.get(q.id),
    ...own,
    contact_id: ref('quotes', i, 'contact_id', q.contact_id, 'contacts'),
    quote_number: q.quote_number,
    status: 'draft',
    issue_date: q.issue_date,
    valid_until: q.valid_until,
    currency: q.currency,
    discount_type: q.discount_type,
    discount_value: q.discount_value,
    notes: q.notes,
    ...stamps(q),
  }));
  const quoteItems = t.quote_items.map((item, i) => ({
    id: ids.get(item.id),
    ...own,
    quote_id: ref('quote_items', i, 'quote_id', item.quote_id, 'quotes'),
    description: item.description,
    quantity: item.quantity,
    unit_price: item.unit_price,
    tax_rate: item.tax_rate,
    position: item.position,
    ...stamps(item),
  }));
  const quoteReplays: QuoteReplay[] = t.quotes.map((q) => ({
    id: ids.get(q.id)!,
    status: q.status,
    sent_at: q.sent_at,
    accepted_at: q.accepted_at,
    declined_at: q.declined_at,
    converted_at: q.converted_at,
    viewed_at: q.viewed_at,
    view_count: q.view_count,
  }));
  const quoteOutcomes = t.quotes.map((q, i) => ({
    id: ids.get(q.id)!,
    path: `tables.quotes.${i}`,
    quote_number: q.quote_number,
    subtotal: q.subtotal,
    discount_amount: q.discount_amount,
    tax_amount: q.tax_amount,
    total_amount: q.total_amount,
  }));
  const recurring = t.recurring_invoices.map((r, i) => ({
    id: ids.get(r.id),
    ...own,
    contact_id: ref('recurring_invoices', i, 'contact_id', r.contact_id, 'contacts'),
    currency: r.currency,
    items: r.items,
    notes: r.notes,
    frequency: r.frequency,
    start_date: r.start_date,
    end_date: r.end_date,
    occurrences: r.occurrences,
    auto_send: r.auto_send,
    status: r.status,
    last_period: r.last_period,
    generated_count: r.generated_count,
    skip_before: r.skip_before,
    next_date: r.next_date,
    ...stamps(r),
  }));
  const invoices = t.invoices.map((inv, i) => ({
    id: ids.get(inv.id),
    ...own,
    contact_id: ref('invoices', i, 'contact_id', inv.contact_id, 'contacts'),
    recurring_invoice_id: ref('invoices', i, 'recurring_invoice_id', inv.recurring_invoice_id, 'recurring_invoices'),
    recurring_period: inv.recurring_period,
    quote_id: ref('invoices', i, 'quote_id', inv.quote_id, 'quotes'),
    viewed_at: inv.viewed_at,
    view_count: inv.view_count,
    invoice_number: inv.invoice_number,
    status: 'draft',
    issue_date: inv.issue_date,
    due_date: inv.due_date,
    currency: inv.currency,
    discount_type: inv.discount_type,
    discount_value: inv.discount_value,
    notes: inv.notes,
    ...stamps(inv),
  }));
  const items = t.invoice_items.map((item, i) => ({
    id: ids.get(item.id),
    ...own,
    invoice_id: ref('invoice_items', i, 'invoice_id', item.invoice_id, 'invoices'),
    description: item.description,
    quantity: item.quantity,
    unit_price: item.unit_price,
    tax_rate: item.tax_rate,
    position: item.position,
    ...stamps(item),
  }));
  const transactions = t.transactions.map((tr, i) => ({
    id: ids.get(tr.id),
    ...own,
    type: tr.type,
    amount: tr.amount,
    category: tr.category,
    description: tr.description,
    date: tr.date,
    invoice_id: ref('transactions', i, 'invoice_id', tr.invoice_id, 'invoices'),
    ...stamps(tr),
  }));
  const timeEntries = t.time_entries.map((e, i) => ({
    id: ids.get(e.id),
    ...own,
    user_id: assignee(e.user_id),
    contact_id: ref('time_entries', i, 'contact_id', e.contact_id, 'contacts'),
    deal_id: ref('time_entries', i, 'deal_id', e.deal_id, 'deals'),
    invoice_id: ref('time_entries', i, 'invoice_id', e.invoice_id, 'invoices'),
    description: e.description,
    started_at: e.started_at,
    ended_at: e.ended_at,
    timer: e.timer,
    billable: e.billable,
    hourly_rate: e.hourly_rate,
    ...stamps(e),
  }));
  const creditNotes = t.credit_notes.map((n, i) => ({
    id: ids.get(n.id),
    ...own,
    invoice_id: ref('credit_notes', i, 'invoice_id', n.invoice_id, 'invoices'),
    credit_note_number: n.credit_note_number,
    issue_date: n.issue_date,
    currency: n.currency ?? 'USD',
    subtotal: n.subtotal,
    tax_amount: n.tax_amount,
    total_amount: n.total_amount,
    reason: n.reason,
    refund_transaction_id: ref('credit_notes', i, 'refund_transaction_id', n.refund_transaction_id, 'transactions'),
    ...stamps(n),
  }));
  const creditNoteItems = t.credit_note_items.map((item, i) => ({
    id: ids.get(item.id),
    ...own,
    credit_note_id: ref('credit_note_items', i, 'credit_note_id', item.credit_note_id, 'credit_notes'),
    invoice_item_id: ref('credit_note_items', i, 'invoice_item_id', item.invoice_item_id, 'invoice_items'),
    description: item.description,
    quantity: item.quantity,
    unit_price: item.unit_price,
    tax_rate: item.tax_rate,
    total: item.total ?? '0',
    position: item.position,
    created_at: item.created_at ?? exportedAt,
  }));
  const events = t.invoice_events.map((e, i) => ({
    id: ids.get(e.id),
    ...own,
    invoice_id: ref('invoice_events', i, 'invoice_id', e.invoice_id, 'invoices'),
    type: e.type,
    data: remapJson(e.data ?? {}, ids),
    created_at: e.created_at ?? exportedAt,
  }));
  const reminders = t.invoice_reminders.map((r, i) => ({
    id: ids.get(r.id),
    ...own,
    invoice_id: ref('invoice_reminders', i, 'invoice_id', r.invoice_id, 'invoices'),
    step_days: r.step_days,
    local_date: r.local_date,
    status: r.status,
    claimed_at: r.claimed_at ?? r.created_at ?? exportedAt,
    attempts: r.attempts ?? 1,
    ...stamps(r),
  }));
  const aiLogs = t.ai_logs.map((log) => ({
    id: ids.get(log.id),
    ...own,
    query: log.query,
    response: log.response === null ? null : remapText(log.response, ids),
    action_taken: log.action_taken === null ? null : remapText(log.action_taken, ids),
    engine: log.engine,
    status: log.status,
    duration_ms: log.duration_ms,
    metadata: remapJson(log.metadata ?? {}, ids),
    ...stamps(log),
  }));
  // Proposals that were still waiting are expired, and nothing imported can be
  // undone: an action's undo describes rows as they were before the move.
  const aiActions = t.ai_actions.map((action, i) => ({
    id: ids.get(action.id),
    ...own,
    log_id: ref('ai_actions', i, 'log_id', action.log_id, 'ai_logs'),
    tool: action.tool,
    args: remapJson(action.args ?? {}, ids),
    summary: remapText(action.summary, ids),
    status: action.status === 'pending' ? 'expired' : action.status,
    result: action.result === undefined || action.result === null ? null : remapJson(action.result, ids),
    undo: null,
    decided_at: action.status === 'pending' ? exportedAt : (action.decided_at ?? exportedAt),
    ...stamps(action),
  }));

  const dealStages = t.deal_stages.map((st) => ({
    id: ids.get(st.id),
    ...own,
    name: st.name,
    position: st.position,
    probability: st.probability,
    kind: st.kind,
    ...stamps(st),
  }));
  const deals = t.deals.map((deal, i) => ({
    id: ids.get(deal.id),
    ...own,
    title: deal.title,
    contact_id: ref('deals', i, 'contact_id', deal.contact_id, 'contacts'),
    value: deal.value,
    currency: deal.currency,
    stage_id: ref('deals', i, 'stage_id', deal.stage_id, 'deal_stages'),
    position: deal.position,
    expected_close_date: deal.expected_close_date,
    // the owner stays when they are a member here (like a task's assignee)
    owner_id: assignee(deal.owner_id),
    lost_reason: deal.lost_reason,
    notes: deal.notes,
    invoice_id: ref('deals', i, 'invoice_id', deal.invoice_id, 'invoices'),
    quote_id: ref('deals', i, 'quote_id', deal.quote_id, 'quotes'),
    ...stamps(deal),
  }));
  // a stage deleted since an event names it: the event keeps the names in `data`
  const stageRef = (id: string | null) => (id !== null && idsOf.deal_stages!.has(id) ? ids.get(id)! : null);
  const dealEvents = t.deal_events.map((e, i) => ({
    id: ids.get(e.id),
    ...own,
    deal_id: ref('deal_events', i, 'deal_id', e.deal_id, 'deals'),
    type: e.type,
    from_stage_id: stageRef(e.from_stage_id),
    to_stage_id: stageRef(e.to_stage_id),
    data: remapJson(e.data ?? {}, ids),
    created_at: e.created_at ?? exportedAt,
  }));

  // bank statements: lines name their account, import, the invoice suggested and the payment or transaction they became
  const bankAccounts = t.bank_accounts.map((acc) => ({
    id: ids.get(acc.id),
    ...own,
    name: acc.name,
    currency: acc.currency,
    iban: acc.iban,
    account_number: acc.account_number,
    csv_mapping: acc.csv_mapping,
    auto_accept: acc.auto_accept,
    auto_accept_threshold: acc.auto_accept_threshold,
    ...stamps(acc),
  }));
  const bankImports = t.bank_imports.map((imp, i) => ({
    id: ids.get(imp.id),
    ...own,
    bank_account_id: ref('bank_imports', i, 'bank_account_id', imp.bank_account_id, 'bank_accounts'),
    format: imp.format,
    byte_size: imp.byte_size,
    lines: imp.lines,
    new_lines: imp.new_lines,
    duplicates: imp.duplicates,
    suggestions: imp.suggestions,
    matched: imp.matched,
    created_at: imp.created_at ?? exportedAt,
  }));
  const bankRules = t.bank_rules.map((rule) => ({
    id: ids.get(rule.id),
    ...own,
    pattern: rule.pattern,
    match: rule.match,
    field: rule.field,
    category: rule.category,
    type: rule.type,
    ...stamps(rule),
  }));
  const bankLines = t.bank_lines.map((line, i) => ({
    id: ids.get(line.id),
    ...own,
    bank_account_id: ref('bank_lines', i, 'bank_account_id', line.bank_account_id, 'bank_accounts'),
    import_id: ref('bank_lines', i, 'import_id', line.import_id, 'bank_imports'),
    date: line.date,
    amount: line.amount,
    currency: line.currency,
    description: line.description,
    counterparty: line.counterparty,
    reference: line.reference,
    bank_id: line.bank_id,
    fingerprint: line.fingerprint,
    dedupe_key: line.dedupe_key,
    position: line.position,
    suggestion_invoice_id: ref('bank_lines', i, 'suggestion_invoice_id', line.suggestion_invoice_id, 'invoices'),
    suggestion_confidence: line.suggestion_confidence,
    suggestion_reasons: line.suggestion_reasons,
    suggestion_partial: line.suggestion_partial,
    suggested_category: line.suggested_category,
    suggested_category_source: line.suggested_category_source,
    payment_id: ref('bank_lines', i, 'payment_id', line.payment_id, 'transactions'),
    transaction_id: ref('bank_lines', i, 'transaction_id', line.transaction_id, 'transactions'),
    ignored: line.ignored,
    ...stamps(line),
  }));

  if (invalid.size > 0) {
    throw new ApiError('validation_failed', `The file has ${problemCount(invalid.size)}; nothing was imported.`, invalid.listed());
  }
  if (unusable.size > 0) {
    throw new ApiError(
      'unprocessable',
      `The file does not hold together (${problemCount(unusable.size)}); nothing was imported.`,
      unusable.listed(),
    );
  }

  // ── the replay of each invoice's life ─────────────────────────────────────
  const sends: ImportPlan['sends'] = [];
  const cancels: string[] = [];
  const paidAt: ImportPlan['paidAt'] = [];
  const outcomes: InvoiceOutcome[] = [];
  t.invoices.forEach((inv, i) => {
    const id = ids.get(inv.id)!;
    if (inv.status === 'sent' || inv.status === 'paid' || (inv.status === 'cancelled' && inv.sent_at !== null)) {
      sends.push({ id, sent_at: inv.sent_at });
    }
    if (inv.status === 'cancelled') cancels.push(id);
    if (inv.status === 'paid' && inv.paid_at !== null) paidAt.push({ id, paid_at: inv.paid_at });
    outcomes.push({
      id,
      path: `tables.invoices.${i}`,
      invoice_number: inv.invoice_number,
      status: inv.status,
      subtotal: inv.subtotal,
      discount_amount: inv.discount_amount,
      tax_amount: inv.tax_amount,
      total_amount: inv.total_amount,
      amount_paid: inv.amount_paid,
      ...(inv.credited_amount !== undefined ? { credited_amount: inv.credited_amount } : {}),
      taxes: inv.taxes,
    });
  });

  // the business settings; the workspace keeps its own name, and nobody's language changes
  const workspace = t.workspaces[0];
  const settings: ImportPlan['settings'] = workspace
    ? (Object.fromEntries(
        (
          [
            'business_name',
            'business_address',
            'tax_id',
            'payment_instructions',
            'currency',
            'invoice_prefix',
            'payment_terms_days',
            'time_zone',
          ] as const
        )
          .filter((key) => workspace[key] !== undefined)
          .map((key) => [key, workspace[key]]),
      ) as ImportPlan['settings'])
    : null;
  const logo = t.business_logos[0]?.content ?? null;
  const timeSettings: ImportPlan['timeSettings'] =
    workspace && (workspace.default_hourly_rate !== undefined || workspace.time_rounding_minutes !== undefined)
      ? Object.fromEntries(
          (['default_hourly_rate', 'time_rounding_minutes'] as const)
            .filter((key) => workspace[key] !== undefined)
            .map((key) => [key, workspace[key]]),
        )
      : null;

  return {
    settings,
    timeSettings,
    reminderDays: workspace?.invoice_reminder_days ? [...new Set(workspace.invoice_reminder_days)].sort((a, b) => a - b) : null,
    logo,
    lastInvoiceNumber: t.invoice_counters[0]?.last_number ?? null,
    lastQuoteNumber: t.document_counters.find((c) => c.series === 'quote')?.last_number ?? null,
    quoteSettings: {
      ...(workspace?.quote_prefix !== undefined ? { quote_prefix: workspace.quote_prefix } : {}),
      ...(workspace?.share_link_days !== undefined ? { share_link_days: workspace.share_link_days } : {}),
    },
    quoteReplays,
    quoteOutcomes,
    creditNotePrefix: workspace?.credit_note_prefix ?? null,
    insert: {
      contacts,
      contact_notes: notes,
      tasks,
      quotes,
      quote_items: quoteItems,
      recurring_invoices: recurring,
      invoices,
      invoice_items: items,
      transactions,
      credit_notes: creditNotes,
      credit_note_items: creditNoteItems,
      time_entries: timeEntries,
      bank_accounts: bankAccounts,
      bank_imports: bankImports,
      bank_rules: bankRules,
      bank_lines: bankLines,
      invoice_events: events,
      invoice_reminders: reminders,
      deal_stages: dealStages,
      deals,
      deal_events: dealEvents,
      ai_logs: aiLogs,
      ai_actions: aiActions,
    },
    sends,
    cancels,
    paidAt,
    outcomes,
    counts: {
      workspaces: t.workspaces.length,
      business_logos: logo ? 1 : 0,
      contacts: contacts.length,
      contact_notes: notes.length,
      tasks: tasks.length,
      quotes: quotes.length,
      quote_items: quoteItems.length,
      invoices: invoices.length,
      invoice_items: items.length,
      transactions: transactions.length,
      recurring_invoices: recurring.length,
      credit_notes: creditNotes.length,
      credit_note_items: creditNoteItems.length,
      time_entries: timeEntries.length,
      bank_accounts: bankAccounts.length,
      bank_imports: bankImports.length,
      bank_rules: bankRules.length,
      bank_lines: bankLines.length,
      invoice_counters: t.invoice_counters.length,
      document_counters: t.document_counters.length,
      invoice_events: events.length,
      invoice_reminders: reminders.length,
      deal_stages: dealStages.length,
      deals: deals.length,
      deal_events: dealEvents.length,
      ai_logs: aiLogs.length,
      ai_actions: aiActions.length,
    },
  };
}

function problemCount(n: number): string {
  return n === 1 ? 'a problem' : `${n} problems`;
}

function formatUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// After the replay: does every invoice come out as the file says?
// ---------------------------------------------------------------------------

export interface StoredInvoice {
  id: string;
  status: string;
  subtotal: string;
  discount_amount: string;
  tax_amount: string;
  total_amount: string;
  amount_paid: string;
  credited_amount?: string;
  taxes: TaxLine[];
}

const FIGURES = ['subtotal', 'discount_amount', 'tax_amount', 'total_amount', 'amount_paid'] as const;

function sameRate(a: string, b: string): boolean {
  return toUnits(a, 3) === toUnits(b, 3);
}

function sameTaxes(a: readonly TaxLine[], b: readonly TaxLine[]): boolean {
  return (
    a.length === b.length &&
    a.every((line, i) => {
      const other = b[i]!;
      return (
        sameRate(line.rate, other.rate) && toUnits(line.base) === toUnits(other.base) && toUnits(line.amount) === toUnits(other.amount)
      );
    })
  );
}

/** The differences between what the file says and what the database computed, as error details (empty: none). */
export function outcomeDifferences(expected: readonly InvoiceOutcome[], stored: ReadonlyMap<string, StoredInvoice>): ErrorDetails {
  const problems = new Problems();
  for (const outcome of expected) {
    const row = stored.get(outcome.id);
    if (!row) {
      problems.add(outcome.path, `invoice ${outcome.invoice_number} could not be written`);
      continue;
    }
    for (const field of FIGURES) {
      if (toUnits(row[field]) !== toUnits(outcome[field])) {
        problems.add(
          `${outcome.path}.${field}`,
          `is ${outcome[field]} in the file, but invoice ${outcome.invoice_number} comes to ${row[field]} from its items, discount and payments`,
        );
      }
    }
    if (outcome.credited_amount !== undefined && toUnits(row.credited_amount ?? '0') !== toUnits(outcome.credited_amount)) {
      problems.add(
        `${outcome.path}.credited_amount`,
        `is ${outcome.credited_amount} in the file, but the file's credit notes of invoice ${outcome.invoice_number} come to ${row.credited_amount}`,
      );
    }
    if (!sameTaxes(outcome.taxes, row.taxes)) {
      problems.add(`${outcome.path}.taxes`, `do not match what the items of invoice ${outcome.invoice_number} give`);
    }
    if (row.status !== outcome.status) {
      problems.add(
        `${outcome.path}.status`,
        `is ${outcome.status} in the file, but invoice ${outcome.invoice_number} comes out ${row.status}`,
      );
    }
  }
  return problems.size > 0 ? problems.listed() : {};
}
