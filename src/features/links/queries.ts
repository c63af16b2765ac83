import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Database, selectRows, tables } from '@/lib/db';
import type { ClientView, LinkState, LinkTarget } from './schema';

/** Client link queries; each takes the tenant transaction (or the system one for the public path) first. */

const l = tables.documentLinks;

function targetColumn(target: LinkTarget) {
  return target.kind === 'invoice' ? l.invoice_id : l.quote_id;
}

export async function documentExists(tx: Database, workspaceId: string, target: LinkTarget): Promise<boolean> {
  const table = target.kind === 'invoice' ? tables.invoices : tables.quotes;
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspace_id, workspaceId), eq(table.id, target.id)))
    .limit(1);
  return Boolean(row);
}

/** Revokes the open link of a document; true when there was one. */
export async function revokeOpenLink(tx: Database, workspaceId: string, target: LinkTarget): Promise<boolean> {
  const rows = await tx
    .update(l)
    .set({ revoked_at: sql`now()` })
    .where(and(eq(l.workspace_id, workspaceId), eq(targetColumn(target), target.id), isNull(l.revoked_at)))
    .returning({ id: l.id });
  return rows.length > 0;
}

export async function insertLink(
  tx: Database,
  workspaceId: string,
  target: LinkTarget,
  tokenHash: string,
  days: number,
): Promise<{ expires_at: Date }> {
  const [row] = await tx
    .insert(l)
    .values({
      workspace_id: workspaceId,
      invoice_id: target.kind === 'invoice' ? target.id : null,
      quote_id: target.kind === 'quote' ? target.id : null,
      token_hash: tokenHash,
      expires_at: sql`now() + make_interval(days => ${days}::int)`,
    })
    .returning({ expires_at: l.expires_at });
  return row!;
}

export async function selectOpenLink(tx: Database, workspaceId: string, target: LinkTarget): Promise<LinkState | null> {
  const [row] = await tx
    .select({ expires_at: l.expires_at, created_at: l.created_at })
    .from(l)
    .where(and(eq(l.workspace_id, workspaceId), eq(targetColumn(target), target.id), isNull(l.revoked_at), sql`${l.expires_at} > now()`))
    .limit(1);
  return row ?? null;
}

export async function selectShareDays(tx: Database, workspaceId: string): Promise<number> {
  const w = tables.workspaces;
  const [row] = await tx.select({ days: w.share_link_days }).from(w).where(eq(w.id, workspaceId)).limit(1);
  return row?.days ?? 90;
}

/** The document behind a token hash (ledgerly_system, through the security definer function). */
export async function selectClientView(tx: Database, tokenHash: string, view: boolean): Promise<ClientView | null> {
  const [row] = await selectRows<{ doc: ClientView | string | null }>(tx, sql`select app.client_document(${tokenHash}, ${view}) as doc`);
  const doc = row?.doc ?? null;
  return typeof doc === 'string' ? (JSON.parse(doc) as ClientView) : doc;
}

export async function answerQuoteByHash(tx: Database, tokenHash: string, answer: 'accept' | 'decline'): Promise<string> {
  const [row] = await selectRows<{ status: string }>(tx, sql`select app.client_quote_answer(${tokenHash}, ${answer}) as status`);
  return row!.status;
}
