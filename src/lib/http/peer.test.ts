import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPeerStamp, isLoopback, PEER_HEADER, peerAddress, stampPeer } from './peer';

describe('peer address', () => {
  it('knows loopback addresses from everything else', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) expect(isLoopback(a), a).toBe(true);
    for (const a of [null, '', 'localhost', '10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', '::2', 'fe80::1', '128.0.0.1', '1.127.0.0'])
      expect(isLoopback(a), String(a)).toBe(false);
  });

  it('reads only a stamp made by this process, never a header a client wrote', () => {
    const forged = new Headers({ [PEER_HEADER]: 'guess 127.0.0.1', 'x-forwarded-for': '127.0.0.1' });
    expect(peerAddress(forged)).toBeNull();
    expect(peerAddress(new Headers({ 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' }))).toBeNull();
    const req = { headers: { [PEER_HEADER]: 'guess 127.0.0.1' } as http.IncomingHttpHeaders, socket: { remoteAddress: '203.0.113.9' } };
    stampPeer(req as never);
    expect(peerAddress(new Headers(req.headers as Record<string, string>))).toBe('203.0.113.9');
  });

  describe('on a real server', () => {
    let server: http.Server;
    let url = '';
    const seen: (string | null)[] = [];
    beforeAll(async () => {
      installPeerStamp();
      server = http.createServer((req, res) => {
        seen.push(peerAddress(new Headers(req.headers as Record<string, string>)));
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address() as { port: number };
      url = `http://127.0.0.1:${address.port}/`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('stamps the socket address and overwrites a forged stamp', async () => {
      await fetch(url, { headers: { [PEER_HEADER]: 'forged 198.51.100.1', 'x-forwarded-for': '198.51.100.1' } });
      expect(seen).toEqual(['127.0.0.1']);
    });
  });
});
