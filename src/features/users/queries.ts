import { eq, sql } from 'drizzle-orm';
import type { UserRow } from '@/lib/auth/user';
import type { WorkspaceRow } from '@/lib/auth/workspace';
import { type Database, selectRows, tables } from '@/lib/db';
import type { LogoInfo, LogoUpload, UserSettingsUpdate } from './schema';

/**
 * Queries on the users row and the workspace's business settings. Each takes
 * the tenant transaction first; RLS lets a session write only the row whose
 * clerk_id is its own `sub`, and the settings of its workspace only as an
 * admin; every query names its row explicitly.
 */

const u = tables.users;

/** The person's own preferences (their language and number format). */
export async function updatePreferencesRow(
  tx: Database,
  userId: string,
  input: Pick<UserSettingsUpdate, 'locale'>,
): Promise<UserRow | undefined> {
  const [row] = await tx.update(u).set(input).where(eq(u.id, userId)).returning();
  return row;
}

/** The business settings of the request's workspace (RLS: admins and the owner only). */
export async function updateBusinessRow(
  tx: Database,
  workspaceId: string,
  input: Omit<UserSettingsUpdate, 'locale'>,
): Promise<WorkspaceRow | undefined> {
  const [row] = await tx.update(tables.workspaces).set(input).where(eq(tables.workspaces.id, workspaceId)).returning();
  return row;
}

export interface ClerkUserValues {
  clerk_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  image_url: string | null;
  clerk_updated_at: Date;
}

/**
 * Inserts the row of a Clerk user, or updates its identity fields, but only
 * with newer data: a delivery whose `updated_at` is not later than the one
 * applied last changes nothing (replays and deliveries out of order). A row
 * created by lazy provisioning (no `clerk_updated_at` yet) always takes the
 * webhook's data. Business settings are never touched.
 */
export async function upsertClerkUser(tx: Database, values: ClerkUserValues): Promise<{ id: string; inserted: boolean } | undefined> {
  const [row] = await tx
    .insert(u)
    .values(values as typeof u.$inferInsert)
    .onConflictDoUpdate({
      target: u.clerk_id,
      set: {
        email: sql`excluded.email`,
        first_name: sql`excluded.first_name`,
        last_name: sql`excluded.last_name`,
        image_url: sql`excluded.image_url`,
        clerk_updated_at: sql`excluded.clerk_updated_at`,
      },
      setWhere: sql`${u.clerk_updated_at} is null or ${u.clerk_updated_at} < excluded.clerk_updated_at`,
    })
    .returning({ id: u.id, inserted: sql<boolean>`(xmax = 0)` });
  return row;
}

/** Deletes the row of a Clerk user; their personal workspace goes with it, shared ones they own pass to another member. */
export async function deleteClerkUserRow(tx: Database, clerkId: string): Promise<string | undefined> {
  const [row] = await tx.delete(u).where(eq(u.clerk_id, clerkId)).returning({ id: u.id });
  return row?.id;
}

/** Remembers that this Clerk user was deleted (idempotent). */
export async function insertTombstone(tx: Database, clerkId: string): Promise<void> {
  await tx.insert(tables.deletedUsers).values({ clerk_id: clerkId }).onConflictDoNothing();
}

// ---------------------------------------------------------------------------
// The business logo (public.business_logos, one row per account). The bytes
// travel as base64 text (encode/decode in SQL), the same on both drivers.
// ---------------------------------------------------------------------------

const LOGO_INFO = sql`content_type, octet_length(content)::int as size, width, height, updated_at`;

export async function selectLogoInfo(tx: Database, workspaceId: string): Promise<LogoInfo | undefined> {
  const [row] = await selectRows<LogoInfo & Record<string, unknown>>(
    tx,
    sql`select ${LOGO_INFO} from public.business_logos where workspace_id = ${workspaceId}::uuid`,
  );
  return row ? { ...row, updated_at: new Date(row.updated_at) } : undefined;
}

export async function selectLogo(tx: Database, workspaceId: string): Promise<(LogoInfo & { bytes: Buffer }) | undefined> {
  const [row] = await selectRows<LogoInfo & { data: string } & Record<string, unknown>>(
    tx,
    sql`select ${LOGO_INFO}, encode(content, 'base64') as data from public.business_logos where workspace_id = ${workspaceId}::uuid`,
  );
  if (!row) return undefined;
  const { data, ...info } = row;
  return { ...info, updated_at: new Date(info.updated_at), bytes: Buffer.from(data, 'base64') };
}

export async function upsertLogo(tx: Database, workspaceId: string, logo: LogoUpload): Promise<LogoInfo> {
  const [row] = await selectRows<LogoInfo & Record<string, unknown>>(
    tx,
    sql`insert into public.business_logos as l (workspace_id, content_type, content, width, height)
        values (${workspaceId}::uuid, ${logo.content_type}, decode(${Buffer.from(logo.bytes).toString('base64')}, 'base64'), ${logo.width}, ${logo.height})
        on conflict (workspace_id) do update
          set content_type = excluded.content_type, content = excluded.content, width = excluded.width, height = excluded.height
        returning ${LOGO_INFO}`,
  );
  return { ...row!, updated_at: new Date(row!.updated_at) };
}

export async function deleteLogoRow(tx: Database, workspaceId: string): Promise<boolean> {
  const rows = await selectRows<{ workspace_id: string }>(
    tx,
    sql`delete from public.business_logos where workspace_id = ${workspaceId}::uuid returning workspace_id::text`,
  );
  return rows.length > 0;
}

/** The days after the due date on which overdue invoices get a reminder. */
export async function updateReminderDays(tx: Database, workspaceId: string, days: number[]): Promise<number[]> {
  const [row] = await tx
    .update(tables.workspaces)
    .set({ invoice_reminder_days: days })
    .where(eq(tables.workspaces.id, workspaceId))
    .returning({ days: tables.workspaces.invoice_reminder_days });
  return row?.days ?? [];
}
