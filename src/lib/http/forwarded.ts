import { env } from '@/lib/env';
import { isTrustedProxy, normalizeIp, type TrustedProxies } from './ip';
import { peerAddress } from './peer';

/**
 * Who the client is, and which origin it asked for: the one place that reads
 * X-Forwarded-For, X-Real-IP, X-Forwarded-Host and X-Forwarded-Proto.
 *
 * Next.js fills those headers only when they are absent
 * (`req.headers['x-forwarded-for'] ??= originalRequest.socket.remoteAddress`,
 * and the same `??=` for -host, -proto and -port, in `handleRequestImpl` of
 * next/dist/server/base-server.js, 16.4.6): a value a client sends is passed
 * on untouched, and the socket's address is then lost. So they are believed
 * only when the TCP peer (the socket address stamped by src/lib/http/peer.ts)
 * is one of TRUSTED_PROXIES, or on Vercel (`vercel` in TRUSTED_PROXIES, or
 * VERCEL=1), whose edge overwrites x-forwarded-for, x-real-ip and
 * x-forwarded-host with what it saw. Otherwise the client is the peer itself
 * and the origin is the Host header the connection was made with.
 * docs/decisions/0082-trusted-proxies-redirects-and-send-limits.md.
 */

/** Every entry of a comma-separated header, trimmed, in order. */
function entries(headers: Headers, name: string): string[] {
  return (headers.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

type Trust = { kind: 'vercel' } | { kind: 'proxy'; proxies: TrustedProxies } | { kind: 'none' };

function trustOf(headers: Headers, proxies: TrustedProxies): Trust {
  if (proxies.vercel) return { kind: 'vercel' };
  return isTrustedProxy(normalizeIp(peerAddress(headers)), proxies) ? { kind: 'proxy', proxies } : { kind: 'none' };
}

/**
 * The client's IP address, for rate limits and logs; `unknown` when nothing
 * trustworthy says (no peer stamp, e.g. a process that was not started by
 * `next start`/`next dev`). Behind trusted proxies, X-Forwarded-For is read
 * from the right, skipping our own proxies: the first address that is not one
 * of them is the one the outermost proxy saw (anything left of it is what the
 * client claimed, and is ignored).
 */
export function clientIp(headers: Headers, proxies: TrustedProxies = env().trustedProxies): string {
  const peer = normalizeIp(peerAddress(headers));
  const trust = trustOf(headers, proxies);
  if (trust.kind === 'vercel') {
    return normalizeIp(headers.get('x-real-ip')) ?? normalizeIp(entries(headers, 'x-forwarded-for')[0]) ?? peer ?? 'unknown';
  }
  if (trust.kind === 'proxy') {
    let nearest: string | null = null;
    for (const entry of entries(headers, 'x-forwarded-for').reverse()) {
      const ip = normalizeIp(entry);
      if (!ip) break;
      if (!isTrustedProxy(ip, trust.proxies)) return ip;
      nearest = ip;
    }
    return nearest ?? normalizeIp(headers.get('x-real-ip')) ?? peer!;
  }
  return peer ?? 'unknown';
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function validHost(value: string | null | undefined): string | undefined {
  const host = value?.trim();
  return host && HOST.test(host) ? host.toLowerCase() : undefined;
}

function validProto(value: string | null | undefined): 'http' | 'https' | undefined {
  const proto = value?.trim().toLowerCase();
  return proto === 'http' || proto === 'https' ? proto : undefined;
}

/**
 * The origin the request was made to, as the browser sees it (the CSRF
 * Origin check, the audience of self-signed session tokens). Forwarded host
 * and protocol count only from a trusted proxy or Vercel; otherwise the Host
 * header and the URL's protocol. Never used to build an address someone else
 * will call (the n8n `tools_url` comes from APP_URL only).
 */
export function requestOrigin(url: URL, headers: Headers, proxies: TrustedProxies = env().trustedProxies): string {
  const trusted = trustOf(headers, proxies).kind !== 'none';
  const ownProto = url.protocol.replace(':', '') === 'https' ? 'https' : 'http';
  const ownHost = validHost(headers.get('host')) ?? url.host;
  if (!trusted) return `${ownProto}://${ownHost}`;
  const proto = validProto(entries(headers, 'x-forwarded-proto')[0]) ?? ownProto;
  const host = validHost(entries(headers, 'x-forwarded-host')[0]) ?? ownHost;
  return `${proto}://${host}`;
}
