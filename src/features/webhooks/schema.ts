import { z } from 'zod';
import { cursorParam, limitParam, uuid } from '@/lib/validation';
import { urlProblem } from './url';

/**
 * Outbound webhooks: the one definition of an endpoint and its deliveries,
 * used by the API and the settings page (docs/decisions/0135-webhook-outbox-triggers.md).
 */

export const WEBHOOK_EVENTS = [
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'invoice.created',
  'invoice.sent',
  'invoice.paid',
  'invoice.overdue',
  'payment.recorded',
  'quote.accepted',
  'task.completed',
  'deal.stage_changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'abandoned'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const webhookUrl = z
  .string({ error: 'must be a URL' })
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('where events are sent: an http(s) URL on a public address');

const events = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `must be one of ${WEBHOOK_EVENTS.join(', ')}` }), { error: 'must be a list of event names' })
  .min(1, 'must name at least one event')
  .max(WEBHOOK_EVENTS.length)
  .refine((list) => new Set(list).size === list.length, 'must not name an event twice')
  .describe('the event types this endpoint receives');

const enabled = z.boolean({ error: 'must be true or false' }).describe('false: no events are sent to it; true: (re-)enables it');

/** Fields a client never sets. */
export const WEBHOOK_READ_ONLY = [
  'id',
  'workspace_id',
  'user_id',
  'secret',
  'disabled_reason',
  'failure_streak',
  'failing_since',
  'created_at',
  'updated_at',
] as const;

export const webhookCreateSchema = z.strictObject({ url: webhookUrl, events, enabled: enabled.optional() });
export type WebhookCreate = z.output<typeof webhookCreateSchema>;

export const webhookUpdateSchema = z
  .strictObject({ url: webhookUrl.optional(), events: events.optional(), enabled: enabled.optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one of url, events, enabled', path: ['(body)'] });
export type WebhookUpdate = z.output<typeof webhookUpdateSchema>;

export const webhookIdParams = z.strictObject({ id: uuid });
export const deliveryIdParams = z.strictObject({ id: uuid, delivery_id: uuid });

export const webhookListQuerySchema = z.strictObject({ limit: limitParam, cursor: cursorParam });
export type WebhookListQuery = z.output<typeof webhookListQuerySchema>;

export const deliveryListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  status: z.enum(DELIVERY_STATUSES, { error: `must be one of ${DELIVERY_STATUSES.join(', ')}` }).optional(),
});
export type DeliveryListQuery = z.output<typeof deliveryListQuerySchema>;

export type WebhookEndpoint = {
  id: string;
  url: string;
  events: WebhookEventType[];
  enabled: boolean;
  disabled_reason: string | null;
  failure_streak: number;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
};

/** POST /api/webhooks: the endpoint and its signing secret, shown this once. */
export type CreatedWebhookEndpoint = WebhookEndpoint & { secret: string };

export type AttemptLogEntry = {
  attempt: number;
  at: string;
  ok: boolean;
  status_code: number | null;
  response_ms: number | null;
  error: string | null;
};

export type WebhookDelivery = {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: WebhookEventType;
  event_created_at: string;
  data: unknown;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  last_status_code: number | null;
  last_response_ms: number | null;
  last_error: string | null;
  response_excerpt: string | null;
  attempt_log: AttemptLogEntry[];
  delivered_at: string | null;
  created_at: string;
};
