import type { ExportFile, ExportFileV1, ExportTables } from './schema';

/**
 * Files of every version the import reads, in the shape of the newest one
 * (docs/decisions/0096-export-and-import.md). A version 1 file is one
 * person's account: its rows name the account in `user_id`, and its single
 * `users` row carries the business settings. In version 2 terms that account
 * is the workspace (`workspace_id`), its settings are the `workspaces` row, the
 * person is the one entry of `users`, and no row names a creator.
 */

export interface ReadFile {
  version: ExportFile['version'];
  exported_at: string;
  tables: ExportTables;
  /** the field that names the tenant in the file as it was written (for error paths) */
  ownerField: 'user_id' | 'workspace_id';
}

/** A version 1 row with its `user_id` (the account) as the `workspace_id` of version 2. */
function owned<T extends { user_id?: string }>(rows: readonly T[]): (Omit<T, 'user_id'> & { workspace_id?: string })[] {
  return rows.map(({ user_id, ...rest }) => (user_id === undefined ? rest : { ...rest, workspace_id: user_id }));
}

function fromV1(t: ExportFileV1['tables']): ExportTables {
  const account = t.users[0];
  return {
    workspaces: account
      ? [
          {
            id: account.id,
            business_name: account.business_name,
            business_address: account.business_address,
            tax_id: account.tax_id,
            payment_instructions: account.payment_instructions,
            currency: account.currency,
            invoice_prefix: account.invoice_prefix,
            credit_note_prefix: account.credit_note_prefix,
            payment_terms_days: account.payment_terms_days,
            time_zone: account.time_zone,
            invoice_reminder_days: account.invoice_reminder_days,
            created_at: account.created_at,
            updated_at: account.updated_at,
          },
        ]
      : [],
    users: account ? [{ id: account.id, email: account.email, first_name: account.first_name, last_name: account.last_name }] : [],
    workspace_members: [],
    business_logos: owned(t.business_logos),
    contacts: owned(t.contacts),
    contact_notes: owned(t.contact_notes),
    tasks: owned(t.tasks).map((task) => ({ ...task, assignee_id: null })),
    quotes: owned(t.quotes),
    quote_items: owned(t.quote_items),
    recurring_invoices: owned(t.recurring_invoices),
    invoices: owned(t.invoices),
    invoice_items: owned(t.invoice_items),
    transactions: owned(t.transactions),
    credit_notes: owned(t.credit_notes),
    credit_note_items: owned(t.credit_note_items),
    time_entries: [],
    bank_accounts: [],
    bank_imports: [],
    bank_rules: [],
    bank_lines: [],
    invoice_counters: owned(t.invoice_counters),
    document_counters: owned(t.document_counters),
    invoice_events: owned(t.invoice_events),
    invoice_reminders: owned(t.invoice_reminders),
    deal_stages: owned(t.deal_stages),
    deals: owned(t.deals),
    deal_events: owned(t.deal_events),
    ai_logs: owned(t.ai_logs),
    ai_actions: owned(t.ai_actions),
    audit_logs: t.audit_logs,
  };
}

export function readFile(file: ExportFile): ReadFile {
  if (file.version === 1) {
    return { version: 1, exported_at: file.exported_at, tables: fromV1(file.tables), ownerField: 'user_id' };
  }
  return { version: 2, exported_at: file.exported_at, tables: file.tables, ownerField: 'workspace_id' };
}
