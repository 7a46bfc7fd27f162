/**
 * A small HTTP proxy on 127.0.0.1, as a bot in mainland China would use one: CONNECT tunnels
 * (what the bot's clients open, for https:// and http:// addresses alike) and absolute-form
 * requests (`GET http://host/path`), both forwarded to loopback addresses only. It records
 * every host:port it was asked to reach, so a test can tell which traffic went through it.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface LocalProxy {
  /** For HTTPS_PROXY / HTTP_PROXY. */
  readonly url: string;
  /** Every "host:port" the proxy was asked to reach, in order. */
  readonly targets: string[];
  close(): Promise<void>;
}

export async function startLocalProxy(): Promise<LocalProxy> {
  const targets: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => forward(request, response, targets));
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    targets.push(request.url ?? '');
    tunnel(request.url ?? '', client, head, sockets);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Joins the client to `hostPort` (loopback only) with the bytes it already sent. */
function tunnel(hostPort: string, client: net.Socket, head: Buffer, sockets: Set<net.Socket>) {
  const { hostname, port } = new URL(`http://${hostPort}`);
  if (!isLoopback(hostname)) {
    client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    return;
  }
  const upstream = net.connect(Number(port), hostname, () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  for (const socket of [client, upstream]) {
    sockets.add(socket);
    socket.on('error', () => {
      client.destroy();
      upstream.destroy();
    });
    socket.on('close', () => sockets.delete(socket));
  }
}

/** An absolute-form request (`POST http://127.0.0.1:1234/path`), passed on as it came. */
function forward(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  targets: string[],
): void {
  const target = URL.canParse(request.url ?? '') ? new URL(request.url ?? '') : null;
  if (target === null || !isLoopback(target.hostname)) {
    response.writeHead(403).end();
    return;
  }
  targets.push(target.host);
  const upstream = http.request(
    target,
    { method: request.method, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => response.writeHead(502).end());
  request.pipe(upstream);
}

function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
