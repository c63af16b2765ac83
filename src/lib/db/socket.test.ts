import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noDelaySockets } from './socket';

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that records which of its listeners each connection reached. */
async function listen(where: { port: 0; host: string } | { path: string }, seen: string[], name: string): Promise<net.Server> {
  const server = net.createServer((socket) => {
    seen.push(name);
    socket.end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(where, resolve));
  return server;
}

const connected = (socket: net.Socket) =>
  new Promise<void>((resolve, reject) => {
    sockets.push(socket);
    socket.once('connect', resolve);
    socket.once('error', reject);
  });

/** Node keeps the wish for TCP_NODELAY on the socket and applies it to the connection once made. */
const noDelayOf = (socket: net.Socket) => {
  const key = Object.getOwnPropertySymbols(socket).find((symbol) => symbol.description === 'kSetNoDelay');
  return key ? (socket as unknown as Record<symbol, unknown>)[key] : undefined;
};

describe('the PostgreSQL driver’s sockets', () => {
  it('connect with TCP_NODELAY to each host of the URL in turn, naming the host for TLS', async () => {
    const seen: string[] = [];
    const a = (await listen({ port: 0, host: '127.0.0.1' }, seen, 'a')).address() as net.AddressInfo;
    const b = (await listen({ port: 0, host: '127.0.0.1' }, seen, 'b')).address() as net.AddressInfo;
    const open = noDelaySockets();
    const target = { host: ['127.0.0.1', 'localhost'], port: [a.port, b.port] };
    const made = [open(target), open(target), open(target)];
    await Promise.all(made.map(connected));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.sort()).toEqual(['a', 'a', 'b']);
    expect(made.map((socket) => (socket as net.Socket & { host: string }).host)).toEqual(['127.0.0.1', 'localhost', '127.0.0.1']);
    expect(made.map(noDelayOf)).toEqual([true, true, true]);
  });

  it('uses the Unix socket path when the URL names one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-sock-'));
    const seen: string[] = [];
    const file = path.join(dir, '.s.PGSQL.5432');
    await listen({ path: file }, seen, 'unix');
    const socket = noDelaySockets()({ host: ['localhost'], port: [5432], path: file });
    await connected(socket);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['unix']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a refused connection as an error on the socket, for the driver to handle', async () => {
    const server = await listen({ port: 0, host: '127.0.0.1' }, [], 'gone');
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    servers.splice(servers.indexOf(server), 1);
    await expect(connected(noDelaySockets()({ host: ['127.0.0.1'], port: [port] }))).rejects.toThrow(/ECONNREFUSED/);
  });
});
