export interface RescanTiming {
  /** Run this long after the last request... */
  quietMs: number;
  /** ...but never later than this after the first unserved one. */
  maxWaitMs: number;
}

/**
 * Debounce with a maximum wait, so a page that changes every few milliseconds (countdowns, live
 * feeds, carousels) is still rescanned. Each request may bring its own deadline (navigation wants
 * one sooner than a ticking clock); the earliest wins. A request only moves the end of the quiet
 * period; the armed timer re-arms itself when it fires early, so a page changing every 40 ms costs
 * no timer per change. Every timer dies with `signal`.
 */
export function createRescanScheduler(
  work: () => void,
  signal: AbortSignal,
): { request(timing: RescanTiming): void } {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  let quietUntil = 0;
  let quietTimerAt = Infinity;
  let deadline = Infinity;

  const clear = () => {
    clearTimeout(quietTimer);
    clearTimeout(deadlineTimer);
    quietTimer = deadlineTimer = undefined;
    quietTimerAt = deadline = Infinity;
  };
  const run = () => {
    clear();
    if (!signal.aborted) work();
  };
  const armQuiet = (now: number) => {
    clearTimeout(quietTimer);
    quietTimerAt = quietUntil;
    quietTimer = setTimeout(onQuiet, quietUntil - now);
  };
  function onQuiet(): void {
    const now = performance.now();
    if (quietUntil > now) armQuiet(now);
    else run();
  }
  signal.addEventListener('abort', clear, { once: true });

  return {
    request({ quietMs, maxWaitMs }) {
      if (signal.aborted) return;
      const now = performance.now();
      quietUntil = now + quietMs;
      if (quietUntil < quietTimerAt) armQuiet(now);
      const due = now + maxWaitMs;
      if (due < deadline) {
        deadline = due;
        clearTimeout(deadlineTimer);
        deadlineTimer = setTimeout(run, maxWaitMs);
      }
    },
  };
}
