/**
 * Slack's Socket Mode end on 127.0.0.1: a minimal WebSocket server (RFC 6455 handshake,
 * unfragmented text frames, ping/pong, close) that greets with `hello`, sends envelopes and
 * records the client's acknowledgements, as Slack's servers do.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OPCODE = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SocketModeStandIn {
  /** What apps.connections.open returns. */
  readonly url: string;
  /** Sends one envelope to the connected client. */
  send(envelope: object): void;
  waitForAck(envelopeId: string): Promise<SocketAck>;
  /** Resolves when the client has closed its connection. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export async function startSocketModeStandIn(): Promise<SocketModeStandIn> {
  const acks: SocketAck[] = [];
  const waiters = new Set<() => void>();
  let client: Duplex | undefined;
  let markClosed = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex) => {
    client = socket;
    acceptHandshake(request, socket);
    socket.write(frame(OPCODE.text, JSON.stringify({ type: 'hello', num_connections: 1 })));
    readFrames(socket, (opcode, payload) => {
      if (opcode === OPCODE.ping) socket.write(frame(OPCODE.pong, payload));
      if (opcode === OPCODE.close) socket.end(frame(OPCODE.close, payload));
      if (opcode !== OPCODE.text) return;
      acks.push(JSON.parse(payload.toString('utf8')) as SocketAck);
      for (const wake of waiters) wake();
    });
    socket.on('close', () => markClosed());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    send: (envelope) => client?.write(frame(OPCODE.text, JSON.stringify(envelope))),
    waitForAck: (envelopeId) =>
      new Promise<SocketAck>((resolve, reject) => {
        const check = () => {
          const ack = acks.find((candidate) => candidate.envelope_id === envelopeId);
          if (ack === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(ack);
        };
        const timer = setTimeout(
          () => reject(new Error(`envelope ${envelopeId} was not acknowledged`)),
          15_000,
        );
        waiters.add(check);
        check();
      }),
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        client?.destroy();
        server.close(() => resolve());
      }),
  };
}

function acceptHandshake(request: http.IncomingMessage, socket: Duplex): void {
  const key = String(request.headers['sec-websocket-key']);
  const accept = createHash('sha1').update(`${key}${WEBSOCKET_GUID}`).digest('base64');
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
}

/** A final, unmasked server frame. */
function frame(opcode: number, data: string | Buffer): Buffer {
  const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigEndian64(length)]);
  return Buffer.concat([header, payload]);
}

function bigEndian64(value: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(value));
  return buffer;
}

/** Calls `onFrame` for each complete (masked, unfragmented) client frame. */
function readFrames(socket: Duplex, onFrame: (opcode: number, payload: Buffer) => void): void {
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (let parsed = parseFrame(pending); parsed !== undefined; parsed = parseFrame(pending)) {
      pending = pending.subarray(parsed.size);
      onFrame(parsed.opcode, parsed.payload);
    }
  });
}

function parseFrame(buffer: Buffer): { opcode: number; payload: Buffer; size: number } | undefined {
  if (buffer.length < 2) return undefined;
  const opcode = (buffer[0] ?? 0) & 0x0f;
  const masked = ((buffer[1] ?? 0) & 0x80) !== 0;
  let length = (buffer[1] ?? 0) & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (buffer.length < offset + length) return undefined;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked)
    for (let index = 0; index < payload.length; index += 1)
      payload[index] = (payload[index] ?? 0) ^ (buffer[maskOffset + (index % 4)] ?? 0);
  return { opcode, payload, size: offset + length };
}
