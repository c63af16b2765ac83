import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent (docs/decisions/0136-webhook-delivery-and-ssrf.md).
 * A target whose host is, or resolves to, a private, loopback, link-local,
 * shared, documentation, multicast or otherwise reserved address is refused:
 * when it is saved (a 400) and again, on the very address the connection uses,
 * when it is delivered (so DNS that changes between the two cannot reach one).
 * WEBHOOK_ALLOW_PRIVATE=true lifts the rule (tests, a LAN-only install).
 */

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: embeds an IPv4 address
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo, …)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds an IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** An IPv6 address as its eight 16-bit groups (a trailing dotted IPv4 part included). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

/** The IPv4 address inside an IPv4-mapped or -compatible IPv6 address (`::ffff:127.0.0.1`, `::ffff:7f00:1`, `::7f00:1`), else null. */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (g.length !== 8 || g.slice(0, 5).some((x) => x !== 0) || (g[5] !== 0xffff && g[5] !== 0)) return null;
  // ::, ::1 are not IPv4 addresses (the IPv6 list has them)
  if (g[5] === 0 && g[6] === 0) return null;
  return `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
}

/** True when `address` (a literal IPv4 or IPv6 address) may not be a webhook target. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(bare, 'ipv6');
  }
  // not an address at all: nothing to connect to
  return true;
}

/** Host names that always mean this machine. */
function isLocalName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === 'localhost.localdomain';
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export class BlockedTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockedTargetError';
  }
}

/** The host of a URL as the connection will see it (WHATWG parsing: `0x7f.1`, `2130706433` and `0177.0.0.1` become 127.0.0.1). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export { urlProblem } from './url';

/**
 * The addresses `url` would connect to, each checked; throws a
 * BlockedTargetError naming the problem. A literal address is checked as it
 * is; a name is resolved (a name that does not resolve is left to delivery,
 * which checks again). `allowPrivate` skips the check.
 */
export async function checkTarget(url: URL, { allowPrivate, resolver = systemResolver }: { allowPrivate: boolean; resolver?: Resolver }) {
  if (allowPrivate) return;
  const host = hostOf(url);
  if (isIP(host)) {
    if (isBlockedAddress(host)) throw new BlockedTargetError(`points to a private, loopback or reserved address (${host})`);
    return;
  }
  if (isLocalName(host)) throw new BlockedTargetError(`points to this server (${host})`);
  let answers: { address: string }[];
  let timer: NodeJS.Timeout | undefined;
  try {
    // a name that does not resolve (or not within 3 s) is left to the delivery, which checks again
    answers = await Promise.race([
      resolver(host),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('DNS timeout')), 3000);
      }),
    ]);
  } catch {
    return;
  } finally {
    clearTimeout(timer);
  }
  const bad = answers.find((a) => isBlockedAddress(a.address));
  if (bad) throw new BlockedTargetError(`${host} resolves to a private, loopback or reserved address (${bad.address})`);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void;

/**
 * A `lookup` for node's http(s).request: resolves with `resolver` and hands the
 * socket only addresses that passed the check, so the address checked is the
 * address connected to (DNS rebinding cannot slip a private one in between).
 */
export function guardedLookup({ allowPrivate, resolver = systemResolver }: { allowPrivate: boolean; resolver?: Resolver }) {
  return (hostname: string, options: { all?: boolean } | number, callback: LookupCallback): void => {
    const all = typeof options === 'object' && options.all === true;
    resolver(hostname)
      .then((answers) => {
        if (answers.length === 0) throw Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' });
        if (!allowPrivate) {
          if (isLocalName(hostname)) throw new BlockedTargetError(`points to this server (${hostname})`);
          const bad = answers.find((a) => isBlockedAddress(a.address));
          if (bad) throw new BlockedTargetError(`${hostname} resolves to a private, loopback or reserved address (${bad.address})`);
        }
        if (all) callback(null, answers);
        else callback(null, answers[0]!.address, answers[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, all ? [] : ''));
  };
}
