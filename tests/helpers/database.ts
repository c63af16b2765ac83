import postgres from 'postgres';
import { migrateUrl } from '../../src/lib/db/migrate';
import { RUNTIME_ROLE } from '../../src/lib/db/runtime-role';

/**
 * A fresh, migrated database on a test server, plus the URL the app uses:
 * the runtime role the migrations create (supabase/migrations/*_runtime_role.sql),
 * a login role that is neither superuser nor BYPASSRLS, does not inherit, owns
 * nothing and holds nothing but membership of `authenticated` (like Supabase's
 * pooler user, minus its privileges) and of `ledgerly_system` (which may only
 * execute the functions granted to it, e.g. the reminder job's list of
 * accounts). The app can only act through RLS. `adminUrl` is the owner's
 * (migrations, fixtures).
 */

export const APP_ROLE = RUNTIME_ROLE;
const APP_PASSWORD = 'app';

let counter = 0;

export interface CreateDatabaseOptions {
  /** SQL run as the owner on the new database before it is migrated (e.g. Supabase's default privileges). */
  beforeMigrate?: string;
}

export async function createDatabase(
  adminUrl: string,
  prefix = 'ledgerly',
  options: CreateDatabaseOptions = {},
): Promise<{ adminUrl: string; appUrl: string; name: string }> {
  counter += 1;
  const name = `${prefix}_${process.pid}_${Date.now()}_${counter}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const dbAdminUrl = withDatabase(adminUrl, name);
  const db = postgres(dbAdminUrl, { max: 1, onnotice: () => {} });
  try {
    if (options.beforeMigrate) await db.unsafe(options.beforeMigrate);
    await migrateUrl(dbAdminUrl);
    await setAppPassword(db);
  } finally {
    await db.end({ timeout: 5 });
  }
  const app = new URL(dbAdminUrl);
  app.username = APP_ROLE;
  app.password = APP_PASSWORD;
  return { adminUrl: dbAdminUrl, appUrl: app.toString(), name };
}

/**
 * The operator's step after the first migration (`alter role … password`),
 * once per server. Roles are shared by the server's databases, so test files
 * migrating side by side may race here: a concurrent update is retried.
 */
async function setAppPassword(db: postgres.Sql): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const [role] = await db`select rolpassword is not null as set from pg_authid where rolname = ${APP_ROLE}`;
      if (role?.set) return;
      await db.unsafe(`alter role ${APP_ROLE} with password '${APP_PASSWORD}'`);
      return;
    } catch (error) {
      if (attempt >= 5 || !/concurrently/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
