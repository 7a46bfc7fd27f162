/**
 * The files part of the Slack stand-in: `files.info` describes a file shared with the bot,
 * and the file's `url_private` (on the stand-in's own host, as Slack serves files from its
 * own) hands out the bytes only to a request carrying `Authorization: Bearer <bot token>`.
 * Without it Slack answers 200 with its HTML sign-in page instead of the file, and so does
 * the stand-in. Every download is recorded: who asked with what, and how much was sent.
 */
import type http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file as a test shares it. */
export interface SharedFile {
  name: string;
  bytes?: Uint8Array;
  /** Serves bytes without end, whatever `size` says: a download must stop by itself. */
  endless?: boolean;
  /** The size files.info declares; the length of `bytes` unless given. */
  size?: number;
  mimetype?: string;
  /** The address files.info gives, instead of the stand-in's own. */
  urlPrivate?: string;
}

export interface FileDownload {
  fileId: string;
  authorization: string | undefined;
  /** False when the bot token was missing and the sign-in page was sent instead. */
  served: boolean;
  /** Bytes of the file handed to the connection (an upper bound of what the bot received). */
  bytesSent: number;
  /** Resolves when the response is over: sent whole, or cut off by the bot. */
  closed: Promise<void>;
}

const FILES_PATH = /^\/files-pri\/[^/]+?-(F[^/]+)\//;
const CHUNK = new Uint8Array(64 * 1024).fill(0x25);
const SIGN_IN_PAGE = '<!DOCTYPE html><html><body>Sign in to Slack</body></html>';

export class SlackFiles {
  readonly downloads: FileDownload[] = [];
  readonly #files = new Map<string, SharedFile>();
  #count = 0;

  constructor(
    readonly baseUrl: string,
    readonly botToken: string,
    readonly teamId: string,
  ) {}

  /** Shares a file; returns its id and the address files.info gives for it. */
  add(file: SharedFile): { id: string; urlPrivate: string } {
    this.#count += 1;
    const id = `F0FILE${String(this.#count).padStart(4, '0')}`;
    this.#files.set(id, file);
    return { id, urlPrivate: this.#urlOf(id, file) };
  }

  /** The answer to files.info, as Slack gives it (`file_not_found` for an unknown id). */
  info(body: Record<string, unknown>): Record<string, unknown> {
    const id = String(body.file);
    const file = this.#files.get(id);
    if (file === undefined) return { ok: false, error: 'file_not_found' };
    const urlPrivate = this.#urlOf(id, file);
    return {
      ok: true,
      file: {
        id,
        name: file.name,
        title: file.name,
        mimetype: file.mimetype ?? 'application/octet-stream',
        size: file.size ?? file.bytes?.byteLength ?? 0,
        url_private: urlPrivate,
        url_private_download: file.urlPrivate ?? urlPrivate.replace(/\/([^/]*)$/, '/download/$1'),
      },
    };
  }

  /** True for a request to a file's address on the stand-in. */
  isDownload(request: http.IncomingMessage): boolean {
    return request.method === 'GET' && FILES_PATH.test(request.url ?? '');
  }

  /** Sends the file to a request with the bot token, the sign-in page to any other. */
  serve(request: http.IncomingMessage, response: http.ServerResponse): void {
    const fileId = FILES_PATH.exec(request.url ?? '')?.[1] ?? '';
    const file = this.#files.get(fileId);
    const authorization = request.headers.authorization;
    const served = file !== undefined && authorization === `Bearer ${this.botToken}`;
    const download = { fileId, authorization, served, bytesSent: 0 } as FileDownload;
    this.downloads.push(download);
    const body = served ? this.#bytesOf(file, download) : Readable.from([SIGN_IN_PAGE]);
    const type = served ? (file.mimetype ?? 'application/octet-stream') : 'text/html';
    response.writeHead(200, { 'content-type': type });
    // The bot cutting a download short is expected, not a failure of the stand-in.
    download.closed = pipeline(body, response).catch(() => {});
  }

  #bytesOf(file: SharedFile, download: FileDownload): Readable {
    if (!file.endless) {
      download.bytesSent = file.bytes?.byteLength ?? 0;
      return Readable.from([file.bytes ?? new Uint8Array()]);
    }
    return new Readable({
      read() {
        download.bytesSent += CHUNK.byteLength;
        this.push(CHUNK);
      },
    });
  }

  #urlOf(id: string, file: SharedFile): string {
    return (
      file.urlPrivate ??
      `${this.baseUrl}/files-pri/${this.teamId}-${id}/${encodeURIComponent(file.name)}`
    );
  }
}
