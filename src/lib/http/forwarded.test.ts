import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, requestOrigin } from './forwarded';
import { isTrustedProxy, normalizeIp, parseTrustedProxies } from './ip';
import { stampPeer } from './peer';

/** Request headers as a route handler sees them, stamped with the socket address `peer` (null: no stamp). */
function headersFrom(peer: string | null, sent: Record<string, string> = {}): Headers {
  const req = { headers: { ...sent } as http.IncomingHttpHeaders, socket: { remoteAddress: peer ?? undefined } };
  if (peer !== null) stampPeer(req as unknown as http.IncomingMessage);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) headers.set(k, String(v));
  return headers;
}

const proxies = (value?: string, vercel?: string) => {
  const { proxies: parsed, problems } = parseTrustedProxies(value, vercel);
  expect(problems).toEqual([]);
  return parsed;
};

describe('clientIp', () => {
  const none = proxies(undefined);

  it('is the socket address when no proxy is trusted, whatever the client writes', () => {
    const forged = { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8' };
    expect(clientIp(headersFrom('198.51.100.20', forged), none)).toBe('198.51.100.20');
    // each forged value the same bucket: the header cannot rotate the rate-limit key
    const keys = new Set(
      ['1.1.1.1', '2.2.2.2', '3.3.3.3, 4.4.4.4'].map((xff) => clientIp(headersFrom('198.51.100.20', { 'x-forwarded-for': xff }), none)),
    );
    expect([...keys]).toEqual(['198.51.100.20']);
  });

  it('ignores a forged peer stamp', () => {
    const headers = headersFrom(null, { 'x-ledgerly-peer': 'guess 10.0.0.1', 'x-forwarded-for': '203.0.113.7' });
    expect(clientIp(headers, proxies('10.0.0.0/8'))).toBe('unknown');
  });

  it('believes X-Forwarded-For only from a trusted proxy, read from the right', () => {
    const trusted = proxies('127.0.0.1,10.0.0.0/8');
    // nginx appends the address it saw; what the client wrote is on the left
    expect(clientIp(headersFrom('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.20' }), trusted)).toBe('198.51.100.20');
    // two of our proxies: skip both
    expect(clientIp(headersFrom('10.0.0.5', { 'x-forwarded-for': '6.6.6.6, 198.51.100.20, 10.0.0.9' }), trusted)).toBe('198.51.100.20');
    // IPv4-mapped peer
    expect(clientIp(headersFrom('::ffff:127.0.0.1', { 'x-forwarded-for': '198.51.100.21' }), trusted)).toBe('198.51.100.21');
    // a peer that is not ours: its header is a claim
    expect(clientIp(headersFrom('198.51.100.30', { 'x-forwarded-for': '6.6.6.6' }), trusted)).toBe('198.51.100.30');
    // a trusted proxy that sends no header: the proxy itself
    expect(clientIp(headersFrom('127.0.0.1'), trusted)).toBe('127.0.0.1');
    // garbage on the right stops the walk
    expect(clientIp(headersFrom('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, not-an-ip' }), trusted)).toBe('127.0.0.1');
  });

  it('takes x-real-ip / x-forwarded-for as Vercel sets them, with `vercel` or VERCEL=1', () => {
    for (const vercel of [proxies('vercel'), proxies(undefined, '1')]) {
      expect(clientIp(headersFrom('10.1.2.3', { 'x-real-ip': '198.51.100.40', 'x-forwarded-for': '198.51.100.40' }), vercel)).toBe(
        '198.51.100.40',
      );
      expect(clientIp(headersFrom(null, { 'x-forwarded-for': '198.51.100.41' }), vercel)).toBe('198.51.100.41');
    }
  });
});

describe('requestOrigin', () => {
  const url = new URL('http://127.0.0.1:3000/api/ai/query');

  it('ignores X-Forwarded-Host/-Proto from a peer that is not a trusted proxy', () => {
    const headers = headersFrom('198.51.100.20', {
      host: 'crm.example.com',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(requestOrigin(url, headers, proxies(undefined))).toBe('http://crm.example.com');
    expect(requestOrigin(url, headers, proxies('10.0.0.0/8'))).toBe('http://crm.example.com');
  });

  it('believes them from a trusted proxy and on Vercel', () => {
    const sent = { host: '127.0.0.1:3000', 'x-forwarded-host': 'crm.example.com', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(url, headersFrom('127.0.0.1', sent), proxies('127.0.0.1'))).toBe('https://crm.example.com');
    expect(requestOrigin(url, headersFrom('10.9.9.9', sent), proxies('vercel'))).toBe('https://crm.example.com');
  });

  it('refuses a malformed host, even from a trusted proxy', () => {
    const sent = { host: 'crm.example.com', 'x-forwarded-host': 'evil.example/path@x', 'x-forwarded-proto': 'javascript' };
    expect(requestOrigin(url, headersFrom('127.0.0.1', sent), proxies('127.0.0.1'))).toBe('http://crm.example.com');
  });
});

describe('TRUSTED_PROXIES', () => {
  it('parses addresses, CIDRs and vercel', () => {
    const parsed = proxies('127.0.0.1, 10.0.0.0/8 ,fd00::/8,vercel');
    expect(parsed.vercel).toBe(true);
    expect(isTrustedProxy('10.200.1.1', parsed)).toBe(true);
    expect(isTrustedProxy('11.0.0.1', parsed)).toBe(false);
    expect(isTrustedProxy('fd12::1', parsed)).toBe(true);
    expect(isTrustedProxy('127.0.0.2', parsed)).toBe(false);
    expect(proxies(undefined).vercel).toBe(false);
  });
  it('names each bad entry', () => {
    expect(parseTrustedProxies('10.0.0.0/33,example.com,1.2.3.4/8/1').problems).toHaveLength(3);
  });
  it('normalises addresses', () => {
    expect(normalizeIp('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(normalizeIp('[::1]:443')).toBe('::1');
    expect(normalizeIp('10.0.0.1:80')).toBe('10.0.0.1');
    expect(normalizeIp('evil')).toBeNull();
  });
});
