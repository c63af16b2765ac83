import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { env } from '@/lib/env';

/**
 * Tool tokens: what an n8n workflow carries when it calls back
 * /api/ai/tools/:name. HS256 JWTs signed with a server key, for one user in one
 * workspace and one exchange (`lid`, the ai_logs row), valid for the exchange's time limit.
 * The tool endpoint also refuses a token whose exchange is over, so a token
 * cannot be reused after its answer. The key comes from AI_TOOL_TOKEN_SECRET,
 * or a random key kept in DATA_DIR.
 */

const AUDIENCE = 'ledgerly:ai-tools';
const ISSUER = 'ledgerly';

let cachedKey: Uint8Array | undefined;

function key(): Uint8Array {
  if (cachedKey) return cachedKey;
  const config = env();
  if (config.AI_TOOL_TOKEN_SECRET) {
    cachedKey = new TextEncoder().encode(config.AI_TOOL_TOKEN_SECRET);
    return cachedKey;
  }
  const file = path.join(config.DATA_DIR, 'ai-tool-token.key');
  try {
    cachedKey = Buffer.from(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim(), 'base64url');
  } catch {
    fs.mkdirSync(/*turbopackIgnore: true*/ config.DATA_DIR, { recursive: true });
    const fresh = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(/*turbopackIgnore: true*/ file, fresh, { mode: 0o600, flag: 'wx' });
    } catch {
      // another process wrote it first: use theirs
    }
    cachedKey = Buffer.from(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim(), 'base64url');
  }
  return cachedKey;
}

export interface ToolTokenClaims {
  /** The Clerk user id (the tenant claims' `sub`). */
  sub: string;
  /** users.id */
  uid: string;
  /** workspaces.id: the workspace the exchange runs in */
  wid: string;
  /** ai_logs.id of the exchange. */
  lid: string;
}

export async function signToolToken(claims: ToolTokenClaims, ttlMs: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ uid: claims.uid, wid: claims.wid, lid: claims.lid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setAudience(AUDIENCE)
    .setIssuer(ISSUER)
    .setJti(claims.lid)
    .setIssuedAt(now)
    .setExpirationTime(now + Math.ceil(ttlMs / 1000))
    .sign(key());
}

/** The claims of a valid, unexpired token; undefined otherwise. */
export async function verifyToolToken(token: string): Promise<ToolTokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, key(), { audience: AUDIENCE, issuer: ISSUER, algorithms: ['HS256'] });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.uid !== 'string' ||
      typeof payload.wid !== 'string' ||
      typeof payload.lid !== 'string'
    ) {
      return undefined;
    }
    return { sub: payload.sub, uid: payload.uid, wid: payload.wid, lid: payload.lid };
  } catch {
    return undefined;
  }
}
