import { eq, sql } from 'drizzle-orm';
import type { UserRow } from '@/lib/auth/user';
import { type Database, selectRows, tables } from '@/lib/db';
import type { LogoInfo, LogoUpload, UserSettingsUpdate } from './schema';

/**
 * Queries on the users row. Each takes the tenant transaction first; RLS lets
 * a session read and write only the row whose clerk_id is its own `sub`, and
 * every query names that row explicitly.
 */

const u = tables.users;

export async function updateSettingsRow(tx: Database, userId: string, input: UserSettingsUpdate): Promise<UserRow | undefined> {
  const [row] = await tx.update(u).set(input).where(eq(u.id, userId)).returning();
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

/** Deletes the row of a Clerk user; everything of the account goes with it (on delete cascade). */
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

export async function selectLogoInfo(tx: Database, userId: string): Promise<LogoInfo | undefined> {
  const [row] = await selectRows<LogoInfo & Record<string, unknown>>(
    tx,
    sql`select ${LOGO_INFO} from public.business_logos where user_id = ${userId}::uuid`,
  );
  return row ? { ...row, updated_at: new Date(row.updated_at) } : undefined;
}

export async function selectLogo(tx: Database, userId: string): Promise<(LogoInfo & { bytes: Buffer }) | undefined> {
  const [row] = await selectRows<LogoInfo & { data: string } & Record<string, unknown>>(
    tx,
    sql`select ${LOGO_INFO}, encode(content, 'base64') as data from public.business_logos where user_id = ${userId}::uuid`,
  );
  if (!row) return undefined;
  const { data, ...info } = row;
  return { ...info, updated_at: new Date(info.updated_at), bytes: Buffer.from(data, 'base64') };
}

export async function upsertLogo(tx: Database, userId: string, logo: LogoUpload): Promise<LogoInfo> {
  const [row] = await selectRows<LogoInfo & Record<string, unknown>>(
    tx,
    sql`insert into public.business_logos as l (user_id, content_type, content, width, height)
        values (${userId}::uuid, ${logo.content_type}, decode(${Buffer.from(logo.bytes).toString('base64')}, 'base64'), ${logo.width}, ${logo.height})
        on conflict (user_id) do update
          set content_type = excluded.content_type, content = excluded.content, width = excluded.width, height = excluded.height
        returning ${LOGO_INFO}`,
  );
  return { ...row!, updated_at: new Date(row!.updated_at) };
}

export async function deleteLogoRow(tx: Database, userId: string): Promise<boolean> {
  const rows = await selectRows<{ user_id: string }>(
    tx,
    sql`delete from public.business_logos where user_id = ${userId}::uuid returning user_id::text`,
  );
  return rows.length > 0;
}

/** The days after the due date on which overdue invoices get a reminder. */
export async function updateReminderDays(tx: Database, userId: string, days: number[]): Promise<number[]> {
  const [row] = await tx
    .update(tables.users)
    .set({ invoice_reminder_days: days })
    .where(eq(tables.users.id, userId))
    .returning({ days: tables.users.invoice_reminder_days });
  return row?.days ?? [];
}
