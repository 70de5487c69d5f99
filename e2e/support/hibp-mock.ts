import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { remember } from './secrets';

/** How the mock answers, switched per test for fault cases. */
export type HibpMode =
  | 'normal'
  | 'slow' // never answers: the client's timeout must fire
  | 'rate-limited' // 429 with Retry-After: 1
  | 'rate-limited-bare' // 429 without Retry-After
  | 'server-error' // 503
  | 'garbage' // 200 with a body that is not a range file
  | 'empty' // 200, empty body
  | 'truncated' // 200, body cut mid-line
  | 'wrong-type' // 200 text/html
  | 'huge' // 200, 6 MB
  | 'other-prefix' // 200, full 40-hex hashes of another prefix instead of suffixes
  | 'reset'; // connection destroyed

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** Deterministic pseudo-random numbers per prefix, so every run serves the same bytes. */
function seededRandom(seed: string): () => number {
  let state = Number.parseInt(createHash('md5').update(seed).digest('hex').slice(0, 8), 16) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function randomSuffix(random: () => number): string {
  let suffix = '';
  for (let index = 0; index < 35; index++) suffix += '0123456789ABCDEF'[Math.floor(random() * 16)];
  return suffix;
}

/**
 * A faithful Pwned Passwords range server: `GET /range/{5 hex}` answers sorted `SUFFIX:COUNT`
 * lines joined by CRLF (no trailing newline); `Add-Padding: true` mixes in count-0 decoys up to
 * 800–1,000 lines; a bad prefix is a 400.
 */
export class HibpMock {
  mode: HibpMode = 'normal';
  private readonly breached = new Map<string, number>();

  reset(): void {
    this.mode = 'normal';
    this.breached.clear();
  }

  /** Makes `password` appear `count` times in the corpus. */
  addBreachedPassword(password: string, count: number): void {
    remember(password);
    this.breached.set(sha1Hex(password), count);
  }

  rangeBody(prefix: string, padded: boolean): string {
    const random = seededRandom(prefix);
    const lines = new Map<string, number>();
    const real = 350 + Math.floor(random() * 300);
    for (let index = 0; index < real; index++)
      lines.set(randomSuffix(random), 1 + Math.floor(random() ** 4 * 5000));
    for (const [hash, count] of this.breached) if (hash.startsWith(prefix)) lines.set(hash.slice(5), count);
    if (padded) {
      const target = 800 + Math.floor(random() * 201);
      while (lines.size < target) lines.set(randomSuffix(random), 0);
    }
    return [...lines.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([suffix, count]) => `${suffix}:${count}`)
      .join('\r\n');
  }

  handle(request: IncomingMessage, response: ServerResponse): void {
    const match = /^\/range\/([^/?]*)$/.exec(request.url ?? '');
    if (request.method !== 'GET' || !match) {
      response.writeHead(404).end();
      return;
    }
    const prefix = (match[1] ?? '').toUpperCase();
    if (!/^[0-9A-F]{5}$/.test(prefix)) {
      response
        .writeHead(400, { 'content-type': 'text/plain' })
        .end('The hash prefix was not in a valid format');
      return;
    }
    const padded = String(request.headers['add-padding']).toLowerCase() === 'true';
    const body = this.rangeBody(prefix, padded);
    const text = { 'content-type': 'text/plain' };
    switch (this.mode) {
      case 'slow':
        return; // hold the socket open; the server closes it on shutdown
      case 'reset':
        request.socket.destroy();
        return;
      case 'rate-limited':
        response.writeHead(429, { ...text, 'retry-after': '1' }).end('Rate limit exceeded');
        return;
      case 'rate-limited-bare':
        response.writeHead(429, text).end('Rate limit exceeded');
        return;
      case 'server-error':
        response.writeHead(503, text).end('Service Unavailable');
        return;
      case 'garbage':
        response.writeHead(200, text).end('<html>hello</html>\r\nnot:a:range');
        return;
      case 'empty':
        response.writeHead(200, text).end('');
        return;
      case 'truncated':
        response.writeHead(200, text).end(body.slice(0, Math.floor(body.length / 2)) + 'G');
        return;
      case 'wrong-type':
        response.writeHead(200, { 'content-type': 'text/html' }).end(body);
        return;
      case 'other-prefix':
        response.writeHead(200, text).end(body.replace(/^/gm, 'FFFFF'));
        return;
      case 'huge':
        response.writeHead(200, text).end(`${body}\r\n`.repeat(Math.ceil(6_000_000 / body.length)));
        return;
      default:
        response.writeHead(200, text).end(body);
    }
  }
}
