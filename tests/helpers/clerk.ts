import { randomBytes } from 'node:crypto';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type KeyObject } from 'jose';
import { Webhook } from 'svix';

/**
 * A Clerk instance of our own, for tests that run the app in Clerk mode
 * without Clerk's servers: an RSA key pair (the public half is what Clerk's
 * dashboard calls the "JWT public key"), a syntactically valid test
 * publishable key whose Frontend API host is never contacted, a secret key
 * and a webhook signing secret. Tokens are signed like Clerk's session tokens;
 * webhooks are signed by svix's own code.
 */

export const FRONTEND_API = 'ledgerly-test.clerk.accounts.dev';
export const ISSUER = `https://${FRONTEND_API}`;

export interface ClerkInstance {
  privateKey: CryptoKey | KeyObject;
  publicKeyPem: string;
  kid: string;
  publishableKey: string;
  secretKey: string;
  webhookSecret: string;
}

export async function createClerkInstance(): Promise<ClerkInstance> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    privateKey,
    publicKeyPem: await exportSPKI(publicKey),
    kid: `ins_test_${randomBytes(6).toString('hex')}`,
    publishableKey: `pk_test_${Buffer.from(`${FRONTEND_API}$`).toString('base64')}`,
    secretKey: `sk_test_${randomBytes(24).toString('base64url')}`,
    webhookSecret: `whsec_${randomBytes(24).toString('base64')}`,
  };
}

/** The environment that puts the app in Clerk mode with this instance. */
export function clerkEnv(instance: ClerkInstance, appUrl: string): Record<string, string> {
  return {
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: instance.publishableKey,
    CLERK_SECRET_KEY: instance.secretKey,
    CLERK_JWT_KEY: instance.publicKeyPem,
    CLERK_WEBHOOK_SIGNING_SECRET: instance.webhookSecret,
    APP_URL: appUrl,
    // nothing may leave the machine
    CLERK_TELEMETRY_DISABLED: '1',
  };
}

export interface TokenOptions {
  sub?: string;
  /** Claims to add or override (`undefined` removes one). */
  claims?: Record<string, unknown>;
  /** Seconds relative to now. */
  iat?: number;
  nbf?: number;
  exp?: number;
  /** Sign with another key (a forger's). */
  key?: CryptoKey | KeyObject;
  header?: Record<string, unknown>;
}

let sequence = 0;

export function clerkUserId(): string {
  sequence += 1;
  return `user_test${Date.now().toString(36)}${process.pid}x${sequence}${randomBytes(3).toString('hex')}`;
}

/** A session token as Clerk issues it (RS256, `kid`, v2 claims), for `azp`. */
export async function mintSessionToken(instance: ClerkInstance, azp: string, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    azp,
    iss: ISSUER,
    sub: options.sub ?? clerkUserId(),
    sid: `sess_test_${randomBytes(8).toString('hex')}`,
    iat: now + (options.iat ?? -5),
    nbf: now + (options.nbf ?? -10),
    exp: now + (options.exp ?? 600),
    v: 2,
    ...options.claims,
  };
  for (const [key, value] of Object.entries(payload)) if (value === undefined) delete payload[key];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: instance.kid, typ: 'JWT', ...options.header })
    .sign(options.key ?? instance.privateKey);
}

/** The headers svix sends with a delivery, signed with `secret` by svix's own code. */
export function signWebhook(secret: string, payload: string, options: { id?: string; timestamp?: Date } = {}): Record<string, string> {
  const id = options.id ?? `msg_${randomBytes(12).toString('hex')}`;
  const timestamp = options.timestamp ?? new Date();
  return {
    'svix-id': id,
    'svix-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'svix-signature': new Webhook(secret).sign(id, timestamp, payload),
    'content-type': 'application/json',
  };
}

export interface ClerkUserFields {
  id: string;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  image_url?: string | null;
  updated_at: number;
  created_at?: number;
  extra_emails?: string[];
}

/** A `user.created` / `user.updated` event shaped like Clerk's. */
export function userEvent(type: 'user.created' | 'user.updated', user: ClerkUserFields): Record<string, unknown> {
  const emails = [
    ...(user.email
      ? [{ id: 'idn_primary', email_address: user.email, object: 'email_address', verification: { status: 'verified' } }]
      : []),
    ...(user.extra_emails ?? []).map((address, i) => ({ id: `idn_extra${i}`, email_address: address, object: 'email_address' })),
  ];
  return {
    type,
    object: 'event',
    instance_id: 'ins_test',
    timestamp: Date.now(),
    data: {
      id: user.id,
      object: 'user',
      email_addresses: emails,
      primary_email_address_id: user.email ? 'idn_primary' : null,
      first_name: user.first_name ?? null,
      last_name: user.last_name ?? null,
      image_url: user.image_url ?? 'https://img.clerk.com/test-avatar.png',
      created_at: user.created_at ?? user.updated_at,
      updated_at: user.updated_at,
      public_metadata: {},
      private_metadata: {},
      unsafe_metadata: {},
    },
  };
}

export function deletedEvent(id: string): Record<string, unknown> {
  return {
    type: 'user.deleted',
    object: 'event',
    instance_id: 'ins_test',
    timestamp: Date.now(),
    data: { id, object: 'user', deleted: true },
  };
}

// ---------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------

export function clerkOrgId(): string {
  sequence += 1;
  return `org_test${Date.now().toString(36)}${process.pid}x${sequence}${randomBytes(3).toString('hex')}`;
}

export function clerkMembershipId(): string {
  sequence += 1;
  return `orgmem_test${Date.now().toString(36)}${process.pid}x${sequence}${randomBytes(3).toString('hex')}`;
}

/** The session claims of an active organization: v2 tokens (`o`), or v1 (`org_id`, without `v`). */
export function orgClaims(orgId: string, role = 'member', version: 1 | 2 = 2): Record<string, unknown> {
  return version === 2
    ? { o: { id: orgId, rol: role, slg: orgId.toLowerCase() } }
    : { v: undefined, org_id: orgId, org_role: `org:${role}`, org_slug: orgId.toLowerCase() };
}

export interface ClerkOrganizationFields {
  id: string;
  name: string;
  created_by?: string | null;
  created_at?: number;
  updated_at: number;
}

function organizationData(org: ClerkOrganizationFields): Record<string, unknown> {
  return {
    id: org.id,
    object: 'organization',
    name: org.name,
    slug: org.id.toLowerCase(),
    image_url: 'https://img.clerk.com/test-org.png',
    has_image: false,
    max_allowed_memberships: 5,
    admin_delete_enabled: true,
    public_metadata: {},
    private_metadata: {},
    created_by: org.created_by ?? undefined,
    created_at: org.created_at ?? org.updated_at,
    updated_at: org.updated_at,
  };
}

function event(type: string, data: Record<string, unknown>): Record<string, unknown> {
  return { type, object: 'event', instance_id: 'ins_test', timestamp: Date.now(), data };
}

/** An `organization.created` / `organization.updated` event shaped like Clerk's. */
export function organizationEvent(type: 'organization.created' | 'organization.updated', org: ClerkOrganizationFields) {
  return event(type, organizationData(org));
}

export function organizationDeletedEvent(id: string) {
  return event('organization.deleted', { id, object: 'organization', slug: id.toLowerCase(), deleted: true });
}

export interface ClerkMembershipFields {
  id: string;
  /** the organization as it was when the event was sent */
  organization: ClerkOrganizationFields;
  user_id: string;
  /** `org:admin`, `org:member` or a custom role */
  role: string;
  created_at?: number;
  updated_at: number;
  /** the person's identifier (their email address here) */
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
}

/** An `organizationMembership.*` event shaped like Clerk's (the deletion carries the whole membership too). */
export function membershipEvent(
  type: 'organizationMembership.created' | 'organizationMembership.updated' | 'organizationMembership.deleted',
  m: ClerkMembershipFields,
) {
  return event(type, {
    id: m.id,
    object: 'organization_membership',
    role: m.role,
    role_name: m.role.replace(/^org:/, ''),
    permissions: m.role === 'org:admin' ? ['org:sys_memberships:manage', 'org:sys_memberships:read'] : ['org:sys_memberships:read'],
    public_metadata: {},
    private_metadata: {},
    created_at: m.created_at ?? m.updated_at,
    updated_at: m.updated_at,
    organization: organizationData(m.organization),
    public_user_data: {
      user_id: m.user_id,
      identifier: m.email ?? `${m.user_id}@example.com`,
      first_name: m.first_name ?? null,
      last_name: m.last_name ?? null,
      image_url: 'https://img.clerk.com/test-avatar.png',
      has_image: false,
    },
  });
}
