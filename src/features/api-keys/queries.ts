import { and, desc, eq, sql } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';

const k = tables.apiKeys;

/** The columns of a key the API shows (never key_hash). */
const COLUMNS = {
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  expires_at: k.expires_at,
  last_used_at: k.last_used_at,
  revoked_at: k.revoked_at,
  created_at: k.created_at,
  user_id: k.user_id,
};

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  user_id: string | null;
};

export async function selectApiKeys(tx: Database, workspaceId: string): Promise<ApiKeyRow[]> {
  return tx.select(COLUMNS).from(k).where(eq(k.workspace_id, workspaceId)).orderBy(desc(k.created_at), desc(k.id));
}

export async function countApiKeys(tx: Database, workspaceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(k)
    .where(eq(k.workspace_id, workspaceId));
  return Number(row?.n ?? 0);
}

export async function insertApiKey(
  tx: Database,
  values: { workspace_id: string; name: string; prefix: string; key_hash: string; scopes: string[]; expires_at: Date | null },
): Promise<ApiKeyRow> {
  const [row] = await tx.insert(k).values(values).returning(COLUMNS);
  return row!;
}

/** Revokes a key (a second revocation keeps the first time); null when there is no such key here. */
export async function revokeApiKeyRow(tx: Database, workspaceId: string, id: string): Promise<ApiKeyRow | null> {
  const [row] = await tx
    .update(k)
    .set({ revoked_at: sql`coalesce(${k.revoked_at}, now())` })
    .where(and(eq(k.workspace_id, workspaceId), eq(k.id, id)))
    .returning(COLUMNS);
  return row ?? null;
}
