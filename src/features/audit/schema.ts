import { z } from 'zod';
import { cursorParam, limitParam, uuid } from '@/lib/validation';

/** The audit trail: what changed in the account, by whom, when (read-only). */

export const AUDIT_EVENTS = [
  'auth.signed_in',
  'auth.signed_out',
  'invoice.sent',
  'invoice.reminded',
  'payment.recorded',
  'ai.action_confirmed',
  'ai.action_rejected',
  'ai.action_undone',
  'user.synced',
  'contacts.imported',
  'invoice.receipt_sent',
  'user.logo_changed',
  'workspace.member_added',
  'workspace.member_role_changed',
  'workspace.member_removed',
  'workspace.invitation_sent',
  'workspace.invitation_revoked',
  'workspace.ownership_transferred',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const auditListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  entity: z
    .string()
    .regex(/^[a-z_]{1,64}$/, 'must be a table name such as contacts')
    .optional(),
  entity_id: uuid.optional(),
});
export type AuditListQuery = z.output<typeof auditListQuerySchema>;

export interface AuditEntry {
  id: string;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  changes: Record<string, unknown>;
  created_at: Date;
  /** the API key the change was made with (null: in the app, or by the system) */
  api_key_id: string | null;
}

/**
 * What an entry is about, as it was when the change was made (written by the
 * database with every entry): the record's name, the currency of its amounts,
 * the invoice or contact it belongs to.
 */
export interface AuditContext {
  name?: string;
  currency?: string;
  invoice_id?: string;
  invoice_number?: string;
  total_amount?: string;
  amount_paid?: string;
  status?: string;
  discount_type?: string;
  type?: string;
  contact_id?: string;
  contact?: string;
}

/** One change in the activity: every entry one piece of work wrote, in plain words. */
export interface ActivityItem {
  /** the id of the change's last entry */
  id: string;
  /** "You", a teammate's name, "Automatic", or "A former member" */
  actor: string;
  created_at: Date;
  title: string;
  details: string[];
}
