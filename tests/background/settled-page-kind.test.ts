import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetWaits, SETTLE_MS, settledPageKind, tabFrameKey } from '../../src/background/settled-page-kind';

afterEach(() => vi.useRealTimers());

describe('settledPageKind', () => {
  it('a named kind is settled at once', async () => {
    expect(await settledPageKind(tabFrameKey(1, 0, 'fril.jp'), 'login')).toBe('login');
    expect(await settledPageKind(undefined, 'unknown')).toBe('unknown');
  });

  it('a page that reads as nothing takes the next kind its own frame announces', async () => {
    vi.useFakeTimers();
    const page = tabFrameKey(1, 0, 'fril.jp');
    const settled = settledPageKind(page, 'unknown');
    // Another tab, another frame, another host of the same tab: none of them is this page.
    for (const other of [
      tabFrameKey(2, 0, 'fril.jp'),
      tabFrameKey(1, 3, 'fril.jp'),
      tabFrameKey(1, 0, 'x.jp'),
    ])
      void settledPageKind(other, 'payout');
    void settledPageKind(page, 'unknown');
    void settledPageKind(page, 'login');
    expect(await settled).toBe('login');
  });

  it('a page still nothing after the wait is taken as none', async () => {
    vi.useFakeTimers();
    const page = tabFrameKey(4, 0, 'fril.jp');
    let settled: string | undefined;
    void settledPageKind(page, 'unknown').then((kind) => (settled = kind));
    void settledPageKind(tabFrameKey(5, 0, 'fril.jp'), 'login');
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe('unknown');
  });

  it('a page that waits longer is still answered after an earlier wait on its frame ran out', async () => {
    vi.useFakeTimers();
    const frame = tabFrameKey(7, 0, 'fril.jp');
    const kinds: string[] = [];
    void settledPageKind(frame, 'unknown').then((kind) => kinds.push(`first ${kind}`));
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    void settledPageKind(frame, 'unknown').then((kind) => kinds.push(`second ${kind}`));
    await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    expect(kinds).toEqual(['first unknown']);
    void settledPageKind(frame, 'login');
    await vi.advanceTimersByTimeAsync(0);
    expect(kinds).toEqual(['first unknown', 'second login']);
  });

  it('forgets every wait at once, leaving none to settle later', async () => {
    vi.useFakeTimers();
    const page = tabFrameKey(6, 0, 'fril.jp');
    let settled: string | undefined;
    void settledPageKind(page, 'unknown').then((kind) => (settled = kind));
    forgetWaits();
    void settledPageKind(page, 'login');
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(settled).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
