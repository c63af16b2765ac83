import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { BlockList, isIP } from 'node:net';
import { normalizeIp } from './ip';

/**
 * The address of the TCP peer of the current request: the socket's, never a
 * header a client can write. Next.js hands route handlers and the proxy a
 * `Request` without the socket, and fills `X-Forwarded-For` only when the
 * client did not send one (`??=` in next/dist/server/base-server.js), so the
 * server stamps each incoming request before Next.js sees it: a header
 * holding a per-process secret and the socket's address. A client cannot
 * forge it (it does not know the secret, and any value it sends is
 * overwritten); a request that arrives without the stamp has no known peer.
 */

export const PEER_HEADER = 'x-ledgerly-peer';

const state = globalThis as unknown as { __ledgerlyPeerSecret?: string; __ledgerlyPeerInstalled?: boolean };

function secret(): string {
  state.__ledgerlyPeerSecret ??= randomBytes(18).toString('base64url');
  return state.__ledgerlyPeerSecret;
}

/** Stamps one incoming request with its socket's address (overwriting anything sent). */
export function stampPeer(req: Pick<http.IncomingMessage, 'headers' | 'socket'>): void {
  req.headers[PEER_HEADER] = `${secret()} ${req.socket?.remoteAddress ?? ''}`;
}

/**
 * Installs the stamp on every HTTP server of this process (called once at
 * boot from src/instrumentation.ts, before requests reach route handlers).
 */
export function installPeerStamp(): void {
  if (state.__ledgerlyPeerInstalled) return;
  state.__ledgerlyPeerInstalled = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && args[0] instanceof http.IncomingMessage) stampPeer(args[0]);
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/** The socket address stamped on this request, or null when it carries no valid stamp. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  if (!value) return null;
  const space = value.indexOf(' ');
  if (space < 0 || value.slice(0, space) !== secret()) return null;
  const address = value.slice(space + 1).trim();
  return isIP(address) ? address : null;
}

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback (`::ffff:127.0.0.1`), in any spelling `normalizeIp` reads. */
export function isLoopback(address: string | null): boolean {
  const ip = normalizeIp(address);
  return ip !== null && LOOPBACK.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
