/**
 * What the HTTP server admits before any route reads a body or checks a signature: a POST
 * must declare its length (411 otherwise), the length must be within `maxBodyBytes` (413),
 * and at most `maxInFlight` requests may be taken in at once (503 with Retry-After beyond).
 * A request holds its place until its body has been read or its response is done, so that
 * bodies nobody has verified yet never take more than maxInFlight × maxBodyBytes of memory
 * (100 unsigned 4 MB posts once held 100 MB), while a webhook that takes its time to answer
 * after reading its body does not keep others out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestLimits {
  /** The largest body taken, in bytes. */
  maxBodyBytes: number;
  /** Requests whose bodies are being taken in at once. */
  maxInFlight: number;
}

/** Platforms' events are a few kilobytes; Slack's largest (a button click with its message) stays far below. */
export const REQUEST_LIMITS: RequestLimits = { maxBodyBytes: 1024 * 1024, maxInFlight: 32 };

export type Refusal = { status: 411 | 413 | 503; error: string; headers?: Record<string, string> };

export class RequestGate {
  private inFlight = 0;

  constructor(private readonly limits: RequestLimits = REQUEST_LIMITS) {}

  /** Takes the request in (null), or says why not; a taken request holds its place until read. */
  admit(request: IncomingMessage, response: ServerResponse): Refusal | null {
    const refusal = this.checkLength(request);
    if (refusal !== null) return refusal;
    if (this.inFlight >= this.limits.maxInFlight)
      return { status: 503, error: 'too many requests at once', headers: { 'retry-after': '5' } };
    this.hold(request, response);
    return null;
  }

  /** Requests being taken in now. */
  get size(): number {
    return this.inFlight;
  }

  private checkLength(request: IncomingMessage): Refusal | null {
    if (request.method === 'GET' || request.method === 'HEAD') return null;
    const declared = request.headers['content-length'];
    if (declared === undefined)
      return { status: 411, error: 'a Content-Length header is required' };
    if (Number(declared) > this.limits.maxBodyBytes)
      return { status: 413, error: `the body is larger than ${this.limits.maxBodyBytes} bytes` };
    return null;
  }

  private hold(request: IncomingMessage, response: ServerResponse): void {
    this.inFlight += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
    };
    request.once('end', release);
    response.once('close', release);
  }
}
