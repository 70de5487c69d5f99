import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRescanScheduler } from '../../src/content/rescan-scheduler';

describe('rescan scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the page is quiet', () => {
    const work = vi.fn();
    const scheduler = createRescanScheduler(work, new AbortController().signal);
    scheduler.request({ quietMs: 250, maxWaitMs: 1_000 });
    vi.advanceTimersByTime(249);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs by the maximum wait on a page that never stops changing (control: a plain debounce never runs)', () => {
    const work = vi.fn();
    const scheduler = createRescanScheduler(work, new AbortController().signal);
    for (let tick = 0; tick < 20; tick++) {
      scheduler.request({ quietMs: 250, maxWaitMs: 300 });
      vi.advanceTimersByTime(50);
    }
    // 1 s of changes every 50 ms: a debounce without maximum would not have run at all.
    expect(work.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the earliest deadline when a navigation asks for a sooner one', () => {
    const work = vi.fn();
    const scheduler = createRescanScheduler(work, new AbortController().signal);
    scheduler.request({ quietMs: 250, maxWaitMs: 1_500 });
    vi.advanceTimersByTime(100);
    scheduler.request({ quietMs: 250, maxWaitMs: 300 });
    for (let tick = 0; tick < 6; tick++) {
      vi.advanceTimersByTime(50);
      scheduler.request({ quietMs: 250, maxWaitMs: 1_500 });
    }
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs once the page has been quiet after many requests, arming no timer per request', () => {
    const work = vi.fn();
    const scheduler = createRescanScheduler(work, new AbortController().signal);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let tick = 0; tick < 10; tick++) {
      scheduler.request({ quietMs: 250, maxWaitMs: 60_000 });
      vi.advanceTimersByTime(40);
    }
    // A change every 40 ms for 400 ms: the quiet and deadline timers, and a re-arm or two.
    expect(timers.mock.calls.length).toBeLessThanOrEqual(4);
    vi.advanceTimersByTime(250 - 40 - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    timers.mockRestore();
  });

  it('runs at a shorter quiet period asked for after a longer one', () => {
    const work = vi.fn();
    const scheduler = createRescanScheduler(work, new AbortController().signal);
    scheduler.request({ quietMs: 250, maxWaitMs: 1_500 });
    scheduler.request({ quietMs: 0, maxWaitMs: 0 });
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('drops every timer when its signal aborts', () => {
    const work = vi.fn();
    const lifetime = new AbortController();
    const scheduler = createRescanScheduler(work, lifetime.signal);
    scheduler.request({ quietMs: 250, maxWaitMs: 300 });
    lifetime.abort();
    scheduler.request({ quietMs: 250, maxWaitMs: 300 });
    vi.advanceTimersByTime(1_000);
    expect(work).not.toHaveBeenCalled();
  });
});
