import net from 'node:net';

/** What postgres-js hands its `socket` option: the parsed hosts and ports, and the Unix socket path when the URL names one. */
export interface SocketTarget {
  host: string[];
  port: number[];
  path?: string | false;
}

/**
 * postgres-js's `socket` option: the driver's connections with Nagle's algorithm
 * off (TCP_NODELAY), as libpq and node-postgres open theirs. postgres-js leaves
 * it on, so a statement sent right behind another on a connection (a pipelined
 * read after an insert, ADR 0203) can wait for the first one's acknowledgement,
 * up to the peer's delayed-ACK time, before it leaves this machine
 * (docs/decisions/0219-postgres-tcp-nodelay.md).
 *
 * The socket is returned while it connects: postgres-js writes its startup (or
 * its SSL request, then upgrades this socket to TLS with `socket.host` as the
 * server name) and its writes wait for the connection. Several hosts in the URL
 * are tried in turn, one per new connection, as the driver does itself.
 */
export function noDelaySockets(): (target: SocketTarget) => net.Socket {
  let next = 0;
  return (target) => {
    if (target.path) return net.connect({ path: target.path });
    const index = next++ % target.host.length;
    const host = target.host[index]!;
    const socket = net.connect({ host, port: target.port[index] ?? target.port[0]!, noDelay: true });
    // read by postgres-js as the TLS server name (SNI) when it upgrades the connection
    return Object.assign(socket, { host });
  };
}
