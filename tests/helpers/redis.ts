import { spawn } from 'node:child_process';
import net from 'node:net';
import { freePort } from './postgres';

/** A throwaway redis-server on a loopback port, without persistence. */
export interface RedisServer {
  url: string;
  port: number;
  command(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  const command = (...args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.once('error', reject);
      socket.on('data', (chunk) => {
        data += chunk.toString();
        if (data.endsWith('\r\n')) {
          socket.end();
          resolve(data.trim());
        }
      });
      socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
    });
  for (;;) {
    try {
      if ((await command('PING')) === '+PONG') break;
    } catch {
      if (Date.now() > deadline) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    command,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
