import type { LoggedRequest } from './loopback-world';

export const RANGE_API_HOST = 'api.pwnedpasswords.com';

/**
 * What is wrong with the requests of one test, as readable lines (none when all is well): every
 * request the extension made must be `GET /range/<5 hex>` with `Add-Padding: true` and no body;
 * no request anywhere may carry a test password's SHA-1 (or its suffix), and no range request its
 * plaintext. `rangeHosts` are the range API and any mirror the test set up.
 */
export function requestProblems(
  requests: readonly LoggedRequest[],
  traces: readonly { plain: string; hashes: string[] }[],
  rangeHosts: readonly string[] = [RANGE_API_HOST],
): string[] {
  const problems: string[] = [];
  for (const request of requests) {
    const fromExtension =
      rangeHosts.includes(request.host) ||
      /^(chrome|moz)-extension:\/\//.test(String(request.headers.origin ?? ''));
    if (fromExtension) {
      if (request.method !== 'GET')
        problems.push(`${request.method} ${request.host}${request.url}: not a GET`);
      if (!/^\/range\/[0-9A-F]{5}$/.test(request.url))
        problems.push(`${request.host}${request.url}: not a range path`);
      if (request.headers['add-padding'] !== 'true')
        problems.push(`${request.host}${request.url}: no Add-Padding`);
      if (request.body !== '') problems.push(`${request.host}${request.url}: has a body`);
    }
    const wire = `${request.url} ${JSON.stringify(request.headers)} ${request.body}`;
    for (const trace of traces) {
      if (trace.hashes.some((hash) => wire.includes(hash)))
        problems.push(`request to ${request.host} carries a SHA-1 trace`);
      if (rangeHosts.includes(request.host) && wire.includes(trace.plain))
        problems.push(`range request to ${request.host} carries a password`);
    }
  }
  return problems;
}
