import type { Workspace } from '@/lib/auth/workspace';
import { type Database } from '@/lib/db';
import { setInvoiceReminderDays } from '@/features/users/service';
import { peekInvoiceNumber } from './queries';
import type { InvoiceSettings, InvoiceSettingsView } from './schema';

// ---------------------------------------------------------------------------
// Settings and reminders
// ---------------------------------------------------------------------------

export function getInvoiceSettings(owner: Workspace): InvoiceSettings {
  return { reminder_days: [...owner.invoice_reminder_days].sort((a, b) => a - b) };
}

/** The number the next invoice gets when none is typed, with the account's prefix (a preview). */
export async function nextInvoiceNumberPreview(tx: Database, owner: Workspace): Promise<string> {
  return peekInvoiceNumber(tx, owner.id, owner.invoice_prefix);
}

/** GET /api/invoices/settings: the reminder days and the next invoice number. */
export async function getInvoiceSettingsView(tx: Database, owner: Workspace): Promise<InvoiceSettingsView> {
  return { ...getInvoiceSettings(owner), next_invoice_number: await nextInvoiceNumberPreview(tx, owner) };
}

export async function updateInvoiceSettings(tx: Database, owner: Workspace, input: InvoiceSettings): Promise<InvoiceSettingsView> {
  return {
    reminder_days: await setInvoiceReminderDays(tx, owner, input.reminder_days),
    next_invoice_number: await nextInvoiceNumberPreview(tx, owner),
  };
}
