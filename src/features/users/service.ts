import { recordEvent } from '@/features/audit/service';
import { applyClerkOrganizationEvent } from '@/features/workspaces/service';
import { type ClerkOrganizationOutcome, clerkEventSubject, isClerkOrganizationEvent } from '@/features/workspaces/schema';
import { forgetUserSessions } from '@/lib/auth/accounts';
import { isDeletedClerkUser, lockClerkUser, type UserRow } from '@/lib/auth/user';
import { requireRole, type Workspace, workspaceOf } from '@/lib/auth/workspace';
import { verifyWebhook, webhookHeaders, WebhookRejected } from '@/lib/auth/webhook';
import { type Database, withTenant } from '@/lib/db';
import { env } from '@/lib/env';
import { ApiError, errors } from '@/lib/errors';
import { log } from '@/lib/log';
import { ImageProblem, checkImage } from '@/lib/pdf/image-check';
import {
  deleteClerkUserRow,
  deleteLogoRow,
  insertTombstone,
  selectLogo,
  selectLogoInfo,
  updateBusinessRow,
  updatePreferencesRow,
  updateReminderDays,
  upsertClerkUser,
  upsertLogo,
} from './queries';
import {
  CURRENCIES,
  clerkDeletedUserSchema,
  clerkEventSchema,
  clerkUserSchema,
  primaryEmail,
  type LogoInfo,
  type LogoUpload,
  MAX_LOGO_SIDE,
  TIME_ZONES,
  type UserProfile,
  type UserSettingsUpdate,
} from './schema';

/** The person, with the business settings and their role in the request's workspace. */
export function toProfile(workspace: Workspace): UserProfile {
  const { clerk_updated_at: _internal, ...person } = workspace.user;
  return {
    ...person,
    business_name: workspace.business_name,
    business_address: workspace.business_address,
    tax_id: workspace.tax_id,
    payment_instructions: workspace.payment_instructions,
    currency: workspace.currency,
    invoice_prefix: workspace.invoice_prefix,
    credit_note_prefix: workspace.credit_note_prefix,
    payment_terms_days: workspace.payment_terms_days,
    time_zone: workspace.time_zone,
    invoice_reminder_days: workspace.invoice_reminder_days,
    workspace: { id: workspace.id, name: workspace.name, role: workspace.role, personal: workspace.personal },
  };
}

let options: { currencies: { value: string; label: string }[]; timeZones: { value: string; label: string }[] } | undefined;

/** The choices the settings form offers (the server's own lists, which validation uses). */
export function settingsOptions() {
  if (!options) {
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    options = {
      currencies: CURRENCIES.map((code) => {
        const name = names.of(code);
        return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
      }),
      timeZones: TIME_ZONES.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    };
  }
  return options;
}

/**
 * Changes settings (partial update): the language is the person's own; the
 * rest belongs to the workspace's business, which only admins and the owner
 * change (403 otherwise, before anything is written).
 */
export async function updateSettings(tx: Database, workspace: Workspace, input: UserSettingsUpdate): Promise<UserProfile> {
  const { locale, ...business } = input;
  if (Object.keys(business).length > 0) requireRole(workspace, 'admin');
  let next = workspace;
  if (locale !== undefined) {
    const person = await updatePreferencesRow(tx, workspace.user.id, { locale });
    if (!person) throw errors.notFound('User');
    next = workspaceOf(next, next.role, person);
  }
  if (Object.keys(business).length > 0) {
    const row = await updateBusinessRow(tx, workspace.id, business);
    if (!row) throw errors.notFound('Workspace');
    next = workspaceOf(row, next.role, next.user);
  }
  return toProfile(next);
}

// ---------------------------------------------------------------------------
// The business logo, printed on invoices (docs/decisions/0091-…)
// ---------------------------------------------------------------------------

/** What is known about the account's logo, or null when it has none. */
/** Sets the days after the due date on which overdue invoices get a reminder ([] turns them off). */
export async function setInvoiceReminderDays(tx: Database, user: Pick<UserRow, 'id'>, days: number[]): Promise<number[]> {
  return updateReminderDays(tx, user.id, days);
}

export async function getLogoInfo(tx: Database, user: Pick<UserRow, 'id'>): Promise<LogoInfo | null> {
  return (await selectLogoInfo(tx, user.id)) ?? null;
}

/** The account's logo with its bytes (PDFs, the settings page), or null. */
export async function getLogo(tx: Database, user: Pick<UserRow, 'id'>): Promise<(LogoInfo & { bytes: Buffer }) | null> {
  return (await selectLogo(tx, user.id)) ?? null;
}

/**
 * Checks the whole image (that it is the PNG or JPEG its first bytes say, and
 * that PDFs can draw it) outside any transaction; a 400 naming `image` when
 * it is not.
 */
export async function checkLogo(upload: LogoUpload): Promise<LogoUpload> {
  try {
    await checkImage(Buffer.from(upload.bytes), { maxSide: MAX_LOGO_SIDE });
  } catch (error) {
    if (error instanceof ImageProblem) {
      throw errors.validation({ image: [error.reason] }, `This image cannot be used as your logo: ${error.reason}.`);
    }
    throw error;
  }
  return upload;
}

/** Stores a checked logo (replacing the one before), and records the change in the account's activity. */
export async function setLogo(tx: Database, user: Pick<UserRow, 'id'>, upload: LogoUpload): Promise<LogoInfo> {
  const info = await upsertLogo(tx, user.id, upload);
  await recordEvent(tx, 'user.logo_changed', 'users', user.id, {
    logo: 'uploaded',
    content_type: info.content_type,
    size: info.size,
    width: info.width,
    height: info.height,
  });
  return info;
}

/** Removes the logo; false when there was none. */
export async function removeLogo(tx: Database, user: Pick<UserRow, 'id'>): Promise<boolean> {
  const removed = await deleteLogoRow(tx, user.id);
  if (removed) await recordEvent(tx, 'user.logo_changed', 'users', user.id, { logo: 'removed' });
  return removed;
}

// ---------------------------------------------------------------------------
// Clerk webhook
// ---------------------------------------------------------------------------

export type WebhookOutcome =
  'created' | 'updated' | 'stale' | 'deleted' | 'unknown_user' | 'account_deleted' | 'ignored' | ClerkOrganizationOutcome;

export interface WebhookResult {
  svix_id: string;
  type: string;
  outcome: WebhookOutcome;
}

function malformed(message: string): ApiError {
  return new ApiError('validation_failed', `The webhook event is malformed: ${message}.`);
}

/**
 * One Clerk webhook delivery: verified (svix, over the raw body), parsed, and
 * applied. A `user.*` event is applied as the Clerk user the event is about:
 * the unit of work runs in a tenant transaction with claims `{ sub: <clerk
 * user id> }`, so the same RLS policies that bind a session bind the webhook
 * (it can touch that one user's row and, through it, nothing else).
 * `organization.*` and `organizationMembership.*` events are about a team, not
 * a session: the workspaces feature applies them through the database's own
 * functions (docs/decisions/0098-clerk-organizations.md). Every delivery
 * writes one log line with its svix id and outcome, accepted or not.
 */
export async function receiveClerkWebhook(rawBody: string, headers: Headers, requestId: string): Promise<WebhookResult> {
  const secret = env().CLERK_WEBHOOK_SIGNING_SECRET;
  const svixHeaders = webhookHeaders(headers);
  // the id is only trusted (and logged as verified) once the signature is
  const unverifiedId = svixHeaders.id?.slice(0, 100) ?? null;
  if (!secret) {
    log.error('webhook.clerk', { request_id: requestId, svix_id: unverifiedId, outcome: 'not_configured' });
    throw new ApiError('service_unavailable', 'The Clerk webhook is not configured on this server (CLERK_WEBHOOK_SIGNING_SECRET).');
  }
  let payload: unknown;
  try {
    payload = verifyWebhook(secret, rawBody, svixHeaders);
  } catch (error) {
    if (error instanceof WebhookRejected) {
      log.warn('webhook.clerk', {
        request_id: requestId,
        svix_id: unverifiedId,
        verified: false,
        outcome: 'rejected',
        reason: error.reason,
      });
    }
    throw error;
  }
  const svixId = svixHeaders.id!;
  let type = '(unknown)';
  let clerkUserId: string | undefined;
  let clerkOrgId: string | undefined;
  let unknownRole: string | undefined;
  // what every log line of this delivery names, as known when it is written
  const logged = () => ({
    request_id: requestId,
    svix_id: svixId,
    verified: true,
    type,
    clerk_user_id: clerkUserId,
    clerk_org_id: clerkOrgId,
  });
  try {
    const event = clerkEventSchema.safeParse(payload);
    if (!event.success) throw malformed('it needs a type and a data object');
    type = event.data.type;
    let outcome: WebhookOutcome;
    switch (type) {
      case 'user.created':
      case 'user.updated': {
        const parsed = clerkUserSchema.safeParse(event.data.data);
        if (!parsed.success) throw malformed('the user has no id or a field of the wrong type');
        const user = parsed.data;
        clerkUserId = user.id;
        const changedAt = user.updated_at ?? user.created_at;
        if (changedAt == null) throw malformed('the user has no updated_at');
        outcome = await withTenant({ sub: user.id }, async (tx) => {
          await lockClerkUser(tx, user.id);
          if (await isDeletedClerkUser(tx, user.id)) return 'account_deleted';
          const row = await upsertClerkUser(tx, {
            clerk_id: user.id,
            email: primaryEmail(user),
            first_name: user.first_name,
            last_name: user.last_name,
            image_url: user.image_url,
            clerk_updated_at: new Date(changedAt),
          });
          if (!row) return 'stale';
          const applied = row.inserted ? 'created' : 'updated';
          // the row change itself is in the audit trail (trigger); this says where it came from
          await recordEvent(tx, 'user.synced', 'users', row.id, { source: 'clerk_webhook', svix_id: svixId, type });
          return applied;
        });
        break;
      }
      case 'user.deleted': {
        const parsed = clerkDeletedUserSchema.safeParse(event.data.data);
        if (!parsed.success) throw malformed('the deleted user has no id');
        const id = parsed.data.id;
        clerkUserId = id;
        outcome = await withTenant({ sub: id }, async (tx) => {
          await lockClerkUser(tx, id);
          await insertTombstone(tx, id);
          return (await deleteClerkUserRow(tx, id)) ? 'deleted' : 'unknown_user';
        });
        // a deleted account's tokens are verified again (and refused: tombstone) from the next request
        forgetUserSessions(id);
        break;
      }
      default:
        if (isClerkOrganizationEvent(type)) {
          ({ clerk_org_id: clerkOrgId, clerk_user_id: clerkUserId } = clerkEventSubject(type, event.data.data));
          const applied = await applyClerkOrganizationEvent(type, event.data.data);
          outcome = applied.outcome;
          clerkOrgId = applied.clerk_org_id;
          clerkUserId = applied.clerk_user_id;
          unknownRole = applied.unknown_clerk_role;
        } else {
          outcome = 'ignored';
        }
    }
    log.info('webhook.clerk', {
      ...logged(),
      // a custom role Ledgerly does not know: the person is a viewer
      ...(unknownRole !== undefined ? { unknown_clerk_role: unknownRole } : {}),
      outcome,
    });
    return { svix_id: svixId, type, outcome };
  } catch (error) {
    log.warn('webhook.clerk', {
      ...logged(),
      outcome: error instanceof ApiError ? 'rejected' : 'failed',
      reason: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}
