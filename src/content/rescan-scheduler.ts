export interface RescanTiming {
  /** Run this long after the last request... */
  quietMs: number;
  /** ...but never later than this after the first unserved one. */
  maxWaitMs: number;
}

/**
 * Debounce with a maximum wait, so a page that changes every few milliseconds (countdowns, live
 * feeds, carousels) is still rescanned. Each request may bring its own deadline (navigation wants
 * one sooner than a ticking clock); the earliest wins. Every timer dies with `signal`.
 */
export function createRescanScheduler(
  work: () => void,
  signal: AbortSignal,
): { request(timing: RescanTiming): void } {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  let deadline = Infinity;

  const clear = () => {
    clearTimeout(quietTimer);
    clearTimeout(deadlineTimer);
    quietTimer = deadlineTimer = undefined;
    deadline = Infinity;
  };
  const run = () => {
    clear();
    if (!signal.aborted) work();
  };
  signal.addEventListener('abort', clear, { once: true });

  return {
    request({ quietMs, maxWaitMs }) {
      if (signal.aborted) return;
      clearTimeout(quietTimer);
      quietTimer = setTimeout(run, quietMs);
      const due = performance.now() + maxWaitMs;
      if (due < deadline) {
        deadline = due;
        clearTimeout(deadlineTimer);
        deadlineTimer = setTimeout(run, maxWaitMs);
      }
    },
  };
}
