/**
 * The Open Platform's end of Lark's long connection, on the stand-in's port: the endpoint the
 * SDK's WSClient asks where to connect (POST /callback/ws/endpoint with the app's id and
 * secret), and a WebSocket speaking the SDK's protobuf frames (pbbp2.Frame). It pushes events
 * as data frames and returns the client's acknowledgement of each: a code, and the data the
 * handler returned (a card callback's toast).
 */
import type http from 'node:http';
import protobuf from 'protobufjs';
import { type WebSocket, WebSocketServer } from 'ws';

const FRAMES = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } },
        },
        Frame: {
          fields: {
            SeqID: { type: 'uint64', id: 1 },
            LogID: { type: 'uint64', id: 2 },
            service: { type: 'int32', id: 3 },
            method: { type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
}).lookupType('pbbp2.Frame');

/** Frame methods: control (ping, pong) and data (events and their acknowledgements). */
const METHOD = { control: 0, data: 1 } as const;
const SERVICE_ID = 7;

interface Frame {
  method: number;
  headers: { key: string; value: string }[];
  payload?: Uint8Array;
}

export interface Acknowledgement {
  /** 200 when the handler succeeded, 500 when it threw. */
  code: number;
  /** What the handler returned, decoded; undefined when it returned nothing. */
  data: unknown;
}

export interface LongConnectionEnd {
  /** Where the endpoint sends the client (set once the stand-in listens). */
  listenAt(url: string): void;
  /** The endpoint's answer to the client's request for a connection. */
  endpoint(body: Record<string, unknown>): [number, Record<string, unknown>];
  /** Makes the endpoint refuse the next request as Lark refuses bad credentials. */
  refuseNext(code: number, msg: string): void;
  /** Resolves once a client is connected (past or future). */
  connected(): Promise<void>;
  /** Sends an event and resolves with the client's acknowledgement of it. */
  send(event: object): Promise<Acknowledgement>;
  /** Resolves once the connected client has gone. */
  disconnected(): Promise<void>;
  close(): Promise<void>;
}

export function longConnectionEnd(server: http.Server): LongConnectionEnd {
  const sockets = new WebSocketServer({ noServer: true });
  const acknowledgements = new Map<string, (ack: Acknowledgement) => void>();
  const refusals: { code: number; msg: string }[] = [];
  let url = '';
  let client: WebSocket | undefined;
  let connection = signal();
  let gone = signal();
  let sent = 0;

  server.on('upgrade', (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (opened) => {
      client = opened;
      opened.on('message', (data) => receive(opened, decode(data as Buffer), acknowledgements));
      opened.on('close', () => gone.fire());
      connection.fire();
    });
  });

  return {
    listenAt: (address) => {
      url = address;
    },
    endpoint: (body) => {
      const refusal = refusals.shift();
      if (refusal !== undefined) return [200, { ...refusal, data: {} }];
      return [200, endpointAnswer(url, body)];
    },
    refuseNext: (code, msg) => {
      refusals.push({ code, msg });
    },
    connected: () => connection.happened,
    disconnected: () => gone.happened,
    send: (event) => {
      sent += 1;
      const id = `event-frame-${sent}`;
      const acknowledged = new Promise<Acknowledgement>((resolve) =>
        acknowledgements.set(id, resolve),
      );
      client?.send(encode(eventFrame(id, sent, event)));
      return acknowledged;
    },
    close: async () => {
      for (const socket of sockets.clients) socket.terminate();
      await new Promise((resolve) => sockets.close(resolve));
      connection = signal();
      gone = signal();
    },
  };
}

function endpointAnswer(url: string, body: Record<string, unknown>): Record<string, unknown> {
  return {
    code: 0,
    msg: 'ok',
    data: {
      URL: `${url}?device_id=stand-in-device&service_id=${SERVICE_ID}&app_id=${String(body.AppID)}`,
      ClientConfig: {
        PingInterval: 120,
        ReconnectCount: -1,
        ReconnectInterval: 120,
        ReconnectNonce: 30,
      },
    },
  };
}

function eventFrame(id: string, seq: number, event: object): Frame & Record<string, unknown> {
  const headers = { type: 'event', message_id: id, sum: '1', seq: '0', trace_id: `trace-${seq}` };
  return {
    SeqID: seq,
    LogID: seq,
    service: SERVICE_ID,
    method: METHOD.data,
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
    payload: Buffer.from(JSON.stringify(event)),
  };
}

/** Answers pings with a pong, and settles the acknowledgement of an event. */
function receive(
  socket: WebSocket,
  frame: Frame,
  acknowledgements: Map<string, (ack: Acknowledgement) => void>,
): void {
  const header = (key: string) => frame.headers.find((item) => item.key === key)?.value;
  if (frame.method === METHOD.control && header('type') === 'ping') {
    const pong = {
      PingInterval: 120,
      ReconnectCount: -1,
      ReconnectInterval: 120,
      ReconnectNonce: 30,
    };
    socket.send(
      encode({
        ...frame,
        SeqID: 0,
        LogID: 0,
        service: SERVICE_ID,
        headers: [{ key: 'type', value: 'pong' }],
        payload: Buffer.from(JSON.stringify(pong)),
      }),
    );
    return;
  }
  const id = header('message_id');
  const settle = id === undefined ? undefined : acknowledgements.get(id);
  if (settle === undefined || frame.payload === undefined) return;
  const response = JSON.parse(Buffer.from(frame.payload).toString('utf8')) as {
    code: number;
    data?: string;
  };
  const data =
    response.data === undefined
      ? undefined
      : JSON.parse(Buffer.from(response.data, 'base64').toString('utf8'));
  settle({ code: response.code, data });
}

function encode(frame: Record<string, unknown>): Uint8Array {
  return FRAMES.encode(FRAMES.fromObject(frame)).finish();
}

function decode(data: Buffer): Frame {
  return FRAMES.toObject(FRAMES.decode(data), { defaults: true }) as Frame;
}

/** A one-time event that can be awaited before or after it happens. */
function signal(): { happened: Promise<void>; fire(): void } {
  let fire = () => {};
  const happened = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { happened, fire };
}
