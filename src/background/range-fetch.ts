export type RangeFailure = 'offline' | 'timeout' | 'rate-limited' | 'server-error' | 'malformed';
/** A fetched body is handed over unparsed: the caller validates it in the same pass as its lookup. */
export type RangeFetchOutcome = { ok: true; body: Uint8Array } | { ok: false; failure: RangeFailure };

export interface RangeFetchOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxAttempts?: number;
  /** Longest `Retry-After` we wait inside one check; longer means `rate-limited` now, retry later. */
  maxRetryAfterMs?: number;
  baseBackoffMs?: number;
  maxBodyBytes?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const DEFAULTS = {
  timeoutMs: 8000,
  maxAttempts: 3,
  maxRetryAfterMs: 10_000,
  baseBackoffMs: 400,
  // Real padded responses are ~40 KB; anything far larger is not a range file.
  maxBodyBytes: 1 << 20,
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `Retry-After` in seconds or as an HTTP date, in milliseconds; undefined when absent or bad. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait in [base·2^n / 2, base·2^n). */
export function backoffMs(attempt: number, base: number, random: () => number): number {
  const ceiling = base * 2 ** attempt;
  return ceiling / 2 + random() * (ceiling / 2);
}

/** The request URL: an endpoint may carry `{prefix}` (static mirrors), else the prefix is appended. */
export function rangeUrl(endpoint: string, prefix: string): string {
  return endpoint.includes('{prefix}') ? endpoint.replace('{prefix}', prefix) : `${endpoint}/${prefix}`;
}

/** The body is too large or not text: not a range file, whatever the status said. */
class MalformedBody extends Error {}

async function readBoundedBytes(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new MalformedBody();
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new MalformedBody();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const joined = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

function acceptableContentType(header: string | null): boolean {
  return header === null || /^text\/plain\b/i.test(header.trim());
}

/**
 * One range lookup with timeout, retries with jittered backoff, and `Retry-After` on 429. Every
 * failure is a typed outcome (which becomes `unchecked`), never an exception and never `clean`.
 */
export async function fetchRange(
  endpoint: string,
  prefix: string,
  options: RangeFetchOptions = {},
): Promise<RangeFetchOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const settings = { ...DEFAULTS, ...options };
  let failure: RangeFailure = 'offline';
  for (let attempt = 0; attempt < settings.maxAttempts; attempt++) {
    let waitMs = backoffMs(attempt, settings.baseBackoffMs, random);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    try {
      const response = await fetchImpl(rangeUrl(endpoint, prefix), {
        method: 'GET',
        headers: { 'Add-Padding': 'true' },
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      if (response.status === 200) {
        if (!acceptableContentType(response.headers.get('content-type')))
          return { ok: false, failure: 'malformed' };
        return { ok: true, body: await readBoundedBytes(response, settings.maxBodyBytes) };
      }
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 429) {
        failure = 'rate-limited';
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== undefined && asked > settings.maxRetryAfterMs) return { ok: false, failure };
        if (asked !== undefined) waitMs = asked;
      } else if (response.status >= 500) {
        failure = 'server-error';
      } else {
        // 4xx other than 429 will not improve by asking again.
        return { ok: false, failure: 'server-error' };
      }
    } catch (error) {
      if (error instanceof MalformedBody) return { ok: false, failure: 'malformed' };
      failure = controller.signal.aborted ? 'timeout' : 'offline';
      // A timeout already cost us the full budget; do not multiply it.
      if (failure === 'timeout') return { ok: false, failure };
    } finally {
      clearTimeout(timer);
    }
    if (attempt + 1 < settings.maxAttempts) await sleep(waitMs);
  }
  return { ok: false, failure };
}
