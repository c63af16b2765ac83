/**
 * `npm run clerk:webhook -- <event> [options]`: sends a Clerk-shaped webhook
 * event to a running server, signed with svix exactly as Clerk's deliveries
 * are (CLERK_WEBHOOK_SIGNING_SECRET from the environment or .env.local).
 *
 *   npm run clerk:webhook -- user.created --user user_2abc --email ada@example.com --first Ada --last Lovelace
 *   npm run clerk:webhook -- user.updated --user user_2abc --email ada@new.example
 *   npm run clerk:webhook -- user.deleted --user user_2abc
 *
 *   npm run clerk:webhook -- organization.created --org org_2abc --name "Acme Ltd" --user user_2abc
 *   npm run clerk:webhook -- organizationMembership.created --org org_2abc --name "Acme Ltd" --user user_2def --role org:member --membership orgmem_2def
 *   npm run clerk:webhook -- organizationMembership.deleted --org org_2abc --user user_2def --membership orgmem_2def
 *   npm run clerk:webhook -- organization.deleted --org org_2abc
 *
 * For organization.* events, --user is the organization's creator; for
 * organizationMembership.* events, the member (--email their identifier).
 *
 * Options: --url (default http://localhost:$PORT or 3000), --id (svix-id,
 * to replay a delivery), --updated-at (milliseconds, default now).
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Webhook } from 'svix';

for (const file of ['.env.local', '.env']) if (fs.existsSync(file)) process.loadEnvFile(file);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    user: { type: 'string' },
    email: { type: 'string' },
    first: { type: 'string' },
    last: { type: 'string' },
    url: { type: 'string' },
    id: { type: 'string' },
    'updated-at': { type: 'string' },
    org: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    membership: { type: 'string' },
  },
});

const type = positionals[0];
const secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET;
const isOrganizationEvent = type?.startsWith('organization') ?? false;
if (!type || (isOrganizationEvent ? !values.org || (type.startsWith('organizationMembership.') && !values.user) : !values.user)) {
  console.error(
    [
      'usage: npm run clerk:webhook -- <user.created|user.updated|user.deleted|…> --user <clerk user id> [--email …] [--first …] [--last …]',
      '       npm run clerk:webhook -- <organization.created|organization.updated|organization.deleted> --org <id> [--name …] [--user <creator>]',
      '       npm run clerk:webhook -- <organizationMembership.created|….updated|….deleted> --org <id> --user <id> [--role org:admin|org:member|…] [--membership <id>] [--name …] [--email …]',
    ].join('\n'),
  );
  process.exit(2);
}
if (!secret) {
  console.error('CLERK_WEBHOOK_SIGNING_SECRET is not set (the same value the server runs with).');
  process.exit(2);
}

const now = Date.now();
const updatedAt = values['updated-at'] ? Number(values['updated-at']) : now;
// (in a membership event without --name, the organization is given as older
// than anything: it names a workspace only if nothing else did)
const organizationTime = type.startsWith('organizationMembership.') && !values.name ? 0 : updatedAt;
const organization = {
  id: values.org,
  object: 'organization',
  name: values.name ?? values.org,
  slug: values.org?.toLowerCase(),
  created_by: type.startsWith('organization.') ? values.user : undefined,
  created_at: organizationTime,
  updated_at: organizationTime,
};
const data =
  type === 'organization.deleted'
    ? { id: values.org, object: 'organization', deleted: true }
    : type.startsWith('organization.')
      ? organization
      : type.startsWith('organizationMembership.')
        ? {
            // the same person in the same organization: the same membership, unless --membership says otherwise
            id: values.membership ?? `orgmem_${values.org}_${values.user}`,
            object: 'organization_membership',
            role: values.role ?? 'org:member',
            permissions: [],
            created_at: updatedAt,
            updated_at: updatedAt,
            organization,
            public_user_data: {
              user_id: values.user,
              identifier: values.email ?? null,
              first_name: values.first ?? null,
              last_name: values.last ?? null,
              image_url: null,
            },
          }
        : type === 'user.deleted'
          ? { id: values.user, object: 'user', deleted: true }
          : {
              id: values.user,
              object: 'user',
              email_addresses: values.email ? [{ id: 'idn_primary', object: 'email_address', email_address: values.email }] : [],
              primary_email_address_id: values.email ? 'idn_primary' : null,
              first_name: values.first ?? null,
              last_name: values.last ?? null,
              image_url: null,
              created_at: updatedAt,
              updated_at: updatedAt,
            };
const payload = JSON.stringify({ type, object: 'event', timestamp: now, data });
const id = values.id ?? `msg_${randomBytes(12).toString('hex')}`;
const timestamp = new Date();
const url = `${values.url ?? `http://localhost:${process.env.PORT ?? 3000}`}/api/webhook/clerk`;

const response = await fetch(url, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'svix-id': id,
    'svix-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'svix-signature': new Webhook(secret).sign(id, timestamp, payload),
  },
  body: payload,
});
console.log(`${response.status} ${await response.text()}`);
process.exit(response.ok ? 0 : 1);
