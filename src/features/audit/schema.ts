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
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const auditListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  entity: z.string().regex(/^[a-z_]{1,64}$/, 'must be a table name such as contacts').optional(),
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
}
