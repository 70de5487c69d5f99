import { describe, expect, it, vi } from 'vitest';
import { checkPassword } from '../../src/background/password-check';
import { readVerdict } from '../../src/platform/verdict-store';
import { openGuardDb } from '../../src/platform/database';

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
    // Reuse could not be decided, so the verdict says `unchecked`, never `clean`.
    expect(await readVerdict(request.token)).toMatchObject({
      state: 'done',
      tokens: ['unchecked'],
      uncheckedReason: 'storage-failed',
    });
    put.mockRestore();
    transaction.mockRestore();
    await expect(checkPassword({ ...request, token: 'BBBBBBBBBBBBBBBBBBBBBB' })).resolves.toMatchObject({
      outcome: 'final',
    });
  });
});
