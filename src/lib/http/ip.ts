import { BlockList, isIP } from 'node:net';

/**
 * IP addresses and the TRUSTED_PROXIES setting: which peers may tell us, in
 * X-Forwarded-For / X-Forwarded-Host / X-Forwarded-Proto, who the client is
 * and which origin it asked for. See src/lib/http/forwarded.ts and
 * docs/decisions/0082-trusted-proxies-redirects-and-send-limits.md.
 */

export interface TrustedProxies {
  /** Vercel's edge sets x-forwarded-for / x-real-ip / x-forwarded-host itself (`vercel`, or VERCEL=1). */
  vercel: boolean;
  /** The addresses and networks of our own reverse proxies. */
  ranges: BlockList;
  /** As configured, for logs. */
  entries: string[];
}

/** `1.2.3.4`, `::1`, `::ffff:1.2.3.4` → `1.2.3.4`, `[::1]:443`, `1.2.3.4:80`; anything else → null. */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(v);
  if (bracketed) v = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(v)) v = v.slice(0, v.lastIndexOf(':'));
  v = v.replace(/%[\w.-]+$/, '');
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(v)) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

/**
 * Parses TRUSTED_PROXIES: comma-separated IPs and CIDRs (`127.0.0.1,10.0.0.0/8,fd00::/8`)
 * and the keyword `vercel`. `vercelEnv` is the VERCEL variable Vercel sets to `1`.
 */
export function parseTrustedProxies(value: string | undefined, vercelEnv?: string): { proxies: TrustedProxies; problems: string[] } {
  const ranges = new BlockList();
  const problems: string[] = [];
  const entries: string[] = [];
  let vercel = vercelEnv === '1';
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    entries.push(entry);
    if (entry.toLowerCase() === 'vercel') {
      vercel = true;
      continue;
    }
    const [address, bits, extra] = entry.split('/');
    const ip = normalizeIp(address);
    const family = ip ? isIP(ip) : 0;
    if (!ip || extra !== undefined || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
      problems.push(`"${entry}" is not an IP address, a CIDR (10.0.0.0/8) or "vercel"`);
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      ranges.addAddress(ip, type);
      continue;
    }
    const prefix = Number(bits);
    if (prefix > (family === 4 ? 32 : 128)) {
      problems.push(`"${entry}": the prefix length must be at most ${family === 4 ? 32 : 128}`);
      continue;
    }
    ranges.addSubnet(ip, prefix, type);
  }
  return { proxies: { vercel, ranges, entries }, problems };
}

/** Whether `ip` (normalised) is one of our proxies. */
export function isTrustedProxy(ip: string | null, proxies: TrustedProxies): boolean {
  if (!ip) return false;
  const family = isIP(ip);
  if (family === 0) return false;
  return proxies.ranges.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}
