import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { generate } from 'selfsigned';
import { HibpMock } from './hibp-mock';

export interface LoggedRequest {
  host: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export const MIRROR_HOST = 'pwned-mirror.example.org';

/** Chromium's and Firefox's own services, which would be called with or without any extension. */
const BROWSER_OWN_HOSTS =
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|googleusercontent\.com|mozilla\.(com|net|org)|firefox\.com)$/;
const PAGES = new URL('../pages/', import.meta.url).pathname;
const EXTERNAL_CORPUS = new URL('../corpus-external/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** `e2e/pages/<host>/<path>` (with `.html` or `/index.html` added), confined to that folder. */
function pageFile(host: string, pathname: string): string | undefined {
  const base = join(PAGES, host.replace(/^www\./, ''));
  const hostDir = existsSync(join(PAGES, host)) ? join(PAGES, host) : base;
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [
    join(hostDir, relative),
    join(hostDir, `${relative}.html`),
    join(hostDir, relative, 'index.html'),
  ]) {
    if (candidate.startsWith(hostDir) && existsSync(candidate) && statSync(candidate).isFile())
      return candidate;
  }
  return undefined;
}

/**
 * A page of the external corpus asked for with `?corpus=pages/<source>/<file>.html` on any host and
 * path, so one page can be served at a neutral URL and at a catalogued one. Confined to the corpus.
 */
function externalCorpusFile(search: URLSearchParams): string | undefined {
  const relative = search.get('corpus');
  if (!relative) return undefined;
  const file = join(EXTERNAL_CORPUS, normalize(relative).replace(/^(\.\.[/\\])+/, ''));
  return file.startsWith(EXTERNAL_CORPUS) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * The loopback internet the browser sees: one HTTPS server (certificate made now) answering for
 * every mapped hostname. `api.pwnedpasswords.com` is the range mock; every other host serves
 * fixture pages. Every request is logged, so tests can assert what left the browser.
 */
export class LoopbackWorld {
  readonly hibp = new HibpMock();
  readonly requests: LoggedRequest[] = [];
  private server?: Server;
  private proxy?: ReturnType<typeof createHttpServer>;
  port = 0;
  /** Port of the forward proxy (see `startProxy`), 0 until started. */
  proxyPort = 0;

  async start(): Promise<void> {
    const pems = await generate([{ name: 'commonName', value: 'furima-guard.test' }], {
      keyType: 'ec',
      curve: 'P-256',
      notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    });
    this.server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
        this.requests.push({
          host,
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        // A self-hosted mirror of the range API (options/policy can point the guard at one).
        if (host === 'api.pwnedpasswords.com' || host === MIRROR_HOST)
          return this.hibp.handle(request, response);
        const requested = new URL(request.url ?? '/', 'https://x');
        const file = externalCorpusFile(requested.searchParams) ?? pageFile(host, requested.pathname);
        if (!file)
          return void response
            .writeHead(404, { 'content-type': 'text/html' })
            .end('<!doctype html><title>Not found</title><h1>Not found</h1>');
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(readFileSync(file));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /**
   * Firefox has no host-resolver rules: it reaches this world through a forward proxy instead.
   * Every `CONNECT host:port` tunnels to the HTTPS server above, whatever the host, so (as with
   * Chromium's `MAP *`) nothing reaches the real internet and every request is still logged.
   */
  async startProxy(): Promise<void> {
    this.proxy = createHttpServer((request, response) => {
      // Plain HTTP is not part of this world; the log still shows the attempt.
      this.requests.push({
        host: new URL(request.url ?? '/', 'http://x').hostname,
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: '',
      });
      response.writeHead(502).end();
    });
    this.proxy.on('connect', (_request, client, head) => {
      const upstream = connect(this.port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => this.proxy?.listen(0, '127.0.0.1', resolve));
    this.proxyPort = (this.proxy.address() as AddressInfo).port;
  }

  reset(): void {
    this.hibp.reset();
    this.requests.length = 0;
  }

  /**
   * Requests not made by the browser itself (sign-in probes, component updates to Google hosts,
   * which would go out with or without any extension) — i.e. what pages and extensions sent.
   */
  nonBrowserRequests(): LoggedRequest[] {
    return this.requests.filter((request) => !BROWSER_OWN_HOSTS.test(request.host));
  }

  rangeRequests(): LoggedRequest[] {
    return this.requests.filter((request) => request.host === 'api.pwnedpasswords.com');
  }

  async close(): Promise<void> {
    this.proxy?.closeAllConnections();
    await new Promise<void>((resolve) => (this.proxy ? this.proxy.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
