import { createHash, randomBytes } from 'node:crypto';
import type { Workspace } from '@/lib/auth/workspace';
import { type Database, withSystem } from '@/lib/db';
import { env } from '@/lib/env';
import { errors } from '@/lib/errors';
import {
  answerQuoteByHash,
  documentExists,
  insertLink,
  revokeOpenLink,
  selectClientView,
  selectOpenLink,
  selectShareDays,
} from './queries';
import { type ClientView, type LinkState, type LinkTarget, linkToken, type SharedLink } from './schema';

/**
 * Client links (docs/decisions/0111-client-links.md): issuing, revoking and
 * reading them. A new link replaces the document's open one (the old token
 * stops working); only the sha-256 of a token is stored.
 */

export function linkTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The absolute address of a link: APP_URL when set, else the request's origin (as invitations). */
export function linkUrl(token: string, origin: string): string {
  return new URL(`/p/${token}`, env().APP_URL ?? origin).toString();
}

function notFound(target: LinkTarget) {
  return errors.notFound(target.kind === 'invoice' ? 'Invoice' : 'Quote');
}

/** A new link for the document (404 when the workspace has no such document). */
export async function issueLink(tx: Database, owner: Workspace, target: LinkTarget, origin: string): Promise<SharedLink> {
  if (!(await documentExists(tx, owner.id, target))) throw notFound(target);
  const token = randomBytes(32).toString('base64url');
  await revokeOpenLink(tx, owner.id, target);
  const days = await selectShareDays(tx, owner.id);
  const { expires_at } = await insertLink(tx, owner.id, target, linkTokenHash(token), days);
  return { url: linkUrl(token, origin), expires_at };
}

/** Revokes the document's open link (404 for no such document; revoking twice is fine). */
export async function revokeLink(tx: Database, owner: Workspace, target: LinkTarget): Promise<{ revoked: boolean }> {
  if (!(await documentExists(tx, owner.id, target))) throw notFound(target);
  return { revoked: await revokeOpenLink(tx, owner.id, target) };
}

/** The document's open link, if any (its page shows when it expires). */
export async function openLink(tx: Database, owner: Workspace, target: LinkTarget): Promise<LinkState | null> {
  return selectOpenLink(tx, owner.id, target);
}

/**
 * What the client sees behind a token, or null (unknown, revoked, expired: the
 * page is a plain 404). `view` counts a view on the document.
 */
export async function clientView(token: string, { view }: { view: boolean }): Promise<ClientView | null> {
  if (!linkToken.safeParse(token).success) return null;
  return withSystem((tx) => selectClientView(tx, linkTokenHash(token), view));
}

/** The client accepts or declines a quote: its status after (409 when it can no longer be). */
export async function answerQuote(token: string, answer: 'accept' | 'decline'): Promise<{ status: string }> {
  if (!linkToken.safeParse(token).success) throw errors.notFound('Link');
  return { status: await withSystem((tx) => answerQuoteByHash(tx, linkTokenHash(token), answer)) };
}
