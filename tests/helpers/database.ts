import postgres from 'postgres';
import { migrateUrl } from '../../src/lib/db/migrate';

/**
 * A fresh, migrated database on a test server, plus the URL the app uses:
 * a login role that is neither superuser nor BYPASSRLS, does not inherit, and holds nothing but
 * membership of `authenticated` (like Supabase's pooler user, minus its
 * privileges) and of `ledgerly_system` (which may only execute the functions
 * granted to it, e.g. the reminder job's list of accounts). The app can only
 * act through RLS.
 */

export const APP_ROLE = 'ledgerly_app';

let counter = 0;

export async function createDatabase(adminUrl: string, prefix = 'ledgerly'): Promise<{ adminUrl: string; appUrl: string; name: string }> {
  counter += 1;
  const name = `${prefix}_${process.pid}_${Date.now()}_${counter}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const roles = await admin`select 1 from pg_roles where rolname = ${APP_ROLE}`;
    if (roles.length === 0) {
      await admin.unsafe(`create role ${APP_ROLE} login password 'app' noinherit nosuperuser nobypassrls nocreatedb nocreaterole`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
  const dbAdminUrl = withDatabase(adminUrl, name);
  await migrateUrl(dbAdminUrl);
  const db = postgres(dbAdminUrl, { max: 1, onnotice: () => {} });
  try {
    await db.unsafe(`grant authenticated to ${APP_ROLE}`);
    await db.unsafe(`grant ledgerly_system to ${APP_ROLE}`);
  } finally {
    await db.end({ timeout: 5 });
  }
  const app = new URL(dbAdminUrl);
  app.username = APP_ROLE;
  app.password = 'app';
  return { adminUrl: dbAdminUrl, appUrl: app.toString(), name };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
