import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedTargetError, checkTarget, guardedLookup, isBlockedAddress, type Resolver, urlProblem } from './ssrf';

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '0:0:0:0:0:ffff:c0a8:0101',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::6810:85e5', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe('checkTarget', () => {
  const refuse = (url: string, resolver?: Resolver) =>
    expect(checkTarget(new URL(url), { allowPrivate: false, resolver })).rejects.toThrow(BlockedTargetError);

  it('refuses literal private addresses in every spelling the URL parser accepts', async () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://[::1]:8080/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fe80::1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/',
      'http://[::]/',
      'http://localhost:3000/',
      'http://api.localhost/',
    ]) {
      await refuse(url, async () => [{ address: '93.184.216.34', family: 4 }]);
    }
  });

  it('refuses a name that resolves to a private address, accepts a public one, and lets everything through when allowed', async () => {
    await refuse('https://hooks.example.com/x', async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ]);
    await expect(
      checkTarget(new URL('https://hooks.example.com/x'), {
        allowPrivate: false,
        resolver: async () => [{ address: '93.184.216.34', family: 4 }],
      }),
    ).resolves.toBeUndefined();
    await expect(checkTarget(new URL('http://127.0.0.1/'), { allowPrivate: true })).resolves.toBeUndefined();
  });
});

describe('urlProblem', () => {
  it('accepts http(s) URLs without credentials only', () => {
    expect(urlProblem('https://example.com/hook')).toBeNull();
    expect(urlProblem('ftp://example.com/')).toMatch(/https/);
    expect(urlProblem('https://user:pw@example.com/')).toMatch(/password/);
    expect(urlProblem('example.com')).toMatch(/absolute/);
  });
});

describe('guardedLookup at delivery (DNS rebinding)', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end('reached'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(lookup: ReturnType<typeof guardedLookup>): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: 'hooks.example.com', port, path: '/', lookup: lookup as never }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('refuses to connect when the name now resolves to a loopback address, though it was public when saved', async () => {
    let answer = '93.184.216.34';
    const resolver: Resolver = async () => [{ address: answer, family: 4 }];
    await expect(checkTarget(new URL('https://hooks.example.com/'), { allowPrivate: false, resolver })).resolves.toBeUndefined();
    answer = '127.0.0.1';
    await expect(get(guardedLookup({ allowPrivate: false, resolver }))).rejects.toThrow(
      /private, loopback or reserved address \(127\.0\.0\.1\)/,
    );
  });

  it('connects to the checked address when private targets are allowed', async () => {
    const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    await expect(get(guardedLookup({ allowPrivate: true, resolver }))).resolves.toBe('reached');
  });
});
