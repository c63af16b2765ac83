import { randomBytes } from 'node:crypto';
import type { Workspace } from '@/lib/auth/workspace';
import type { Database } from '@/lib/db';
import { env } from '@/lib/env';
import { errors } from '@/lib/errors';
import { exactly, listPage, type Page } from '@/lib/pagination';
import {
  countDeliveries,
  countEndpoints,
  deleteEndpoint,
  insertEndpoint,
  redeliver,
  selectDeliveries,
  selectDelivery,
  selectEndpoint,
  selectEndpoints,
  updateEndpoint,
} from './queries';
import type {
  CreatedWebhookEndpoint,
  DeliveryListQuery,
  WebhookCreate,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookListQuery,
  WebhookUpdate,
} from './schema';
import { BlockedTargetError, checkTarget } from './ssrf';

/**
 * Webhook endpoints and their delivery log (docs/decisions/0135-webhook-outbox-triggers.md,
 * 0136-webhook-delivery-and-ssrf.md). Admins only: the routes ask for the role
 * and RLS hides every row from anyone else.
 */

export { runWebhookPass, startWebhookWorker } from './worker';

/** A Standard Webhooks secret: `whsec_` + base64 of 32 random bytes. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The save-time check of a target (the delivery checks again, on the address it connects to). */
async function ensureAllowedTarget(url: string): Promise<void> {
  try {
    await checkTarget(new URL(url), { allowPrivate: env().WEBHOOK_ALLOW_PRIVATE });
  } catch (error) {
    if (error instanceof BlockedTargetError) {
      throw errors.validation({ url: [`is not allowed: it ${error.message}`] }, 'Webhooks cannot be sent to private or local addresses.');
    }
    throw error;
  }
}

export async function listWebhooks(
  tx: Database,
  owner: Workspace,
  query: WebhookListQuery,
): Promise<{ data: WebhookEndpoint[]; page: Page }> {
  // a workspace has a handful of endpoints: counted exactly
  return listPage(
    query,
    (cursor, limit) => selectEndpoints(tx, owner.id, cursor, limit),
    async () => exactly(await countEndpoints(tx, owner.id)),
  );
}

export async function getWebhook(tx: Database, owner: Workspace, id: string): Promise<WebhookEndpoint> {
  const row = await selectEndpoint(tx, owner.id, id);
  if (!row) throw errors.notFound('Webhook endpoint');
  return row;
}

export async function createWebhook(tx: Database, owner: Workspace, input: WebhookCreate): Promise<CreatedWebhookEndpoint> {
  await ensureAllowedTarget(input.url);
  const secret = newSecret();
  const id = await insertEndpoint(tx, owner.id, { url: input.url, events: input.events, enabled: input.enabled ?? true, secret });
  return { ...(await getWebhook(tx, owner, id)), secret };
}

export async function updateWebhook(tx: Database, owner: Workspace, id: string, input: WebhookUpdate): Promise<WebhookEndpoint> {
  const current = await selectEndpoint(tx, owner.id, id, { lock: true });
  if (!current) throw errors.notFound('Webhook endpoint');
  if (input.url !== undefined && input.url !== current.url) await ensureAllowedTarget(input.url);
  await updateEndpoint(tx, owner.id, id, input);
  return getWebhook(tx, owner, id);
}

export async function deleteWebhook(tx: Database, owner: Workspace, id: string): Promise<{ id: string }> {
  if (!(await deleteEndpoint(tx, owner.id, id))) throw errors.notFound('Webhook endpoint');
  return { id };
}

export async function listDeliveries(
  tx: Database,
  owner: Workspace,
  endpointId: string,
  query: DeliveryListQuery,
): Promise<{ data: WebhookDelivery[]; page: Page }> {
  await getWebhook(tx, owner, endpointId);
  const filters = { workspaceId: owner.id, endpointId, status: query.status };
  return listPage(
    query,
    (cursor, limit) => selectDeliveries(tx, filters, cursor, limit),
    () => countDeliveries(tx, filters),
  );
}

/** Sends a delivery again, now, for a new series of attempts (a pending one is already on its way: 409). */
export async function redeliverDelivery(tx: Database, owner: Workspace, endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
  const endpoint = await getWebhook(tx, owner, endpointId);
  const delivery = await selectDelivery(tx, owner.id, endpointId, deliveryId);
  if (!delivery) throw errors.notFound('Delivery');
  if (!endpoint.enabled) throw errors.conflict('This endpoint is disabled: enable it first, then redeliver.', { enabled: ['is false'] });
  if (delivery.status === 'pending') throw errors.conflict('This delivery is already scheduled.', { status: ['is pending'] });
  await redeliver(tx, deliveryId);
  return (await selectDelivery(tx, owner.id, endpointId, deliveryId))!;
}
