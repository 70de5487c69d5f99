import { describe, expect, it, vi } from 'vitest';
import { checkPassword } from '../../src/background/check-password';
import { readVerdict } from '../../src/background/verdict-store';
import { openGuardDb } from '../../src/shared/db';

const range = '0018A45C4D1DEF81644B54AB7F969B88D65:1';

describe('checkPassword when storage fails', () => {
  it('still shows the breach verdict when the disk is full, and recovers on the next check', async () => {
    globalThis.fetch = vi.fn(
      async () => new Response(range, { headers: { 'content-type': 'text/plain' } }),
    ) as unknown as typeof fetch;
    const db = await openGuardDb();
    const put = vi.spyOn(db, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const transaction = vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const request = {
      token: 'AAAAAAAAAAAAAAAAAAAAAA',
      hostname: 'fril.jp',
      pageKind: 'login',
      fieldRole: 'current',
      password: 'a-password-for-quota',
    } as const;
    await expect(checkPassword(request)).rejects.toThrow(/quota/);
    expect((await readVerdict(request.token))?.tokens).toEqual(['clean']);
    put.mockRestore();
    transaction.mockRestore();
    await expect(checkPassword({ ...request, token: 'BBBBBBBBBBBBBBBBBBBBBB' })).resolves.toMatchObject({
      outcome: 'final',
    });
  });
});
