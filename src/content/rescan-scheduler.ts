/**
 * Debounce with a maximum wait: runs `task` once changes have paused for `delayMs`, and at the
 * latest `maxWaitMs` after the first change, so a page that never stops changing (countdowns, live
 * feeds, carousels) is still scanned. Every timer dies with `signal`.
 */
export function scheduleWithMaxWait(
  task: () => void,
  { delayMs, maxWaitMs }: { delayMs: number; maxWaitMs: number },
  signal: AbortSignal,
): () => void {
  let idle: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(idle);
    clearTimeout(deadline);
    idle = deadline = undefined;
    if (!signal.aborted) task();
  };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(idle);
      clearTimeout(deadline);
    },
    { once: true },
  );
  return () => {
    if (signal.aborted) return;
    clearTimeout(idle);
    idle = setTimeout(run, delayMs);
    deadline ??= setTimeout(run, maxWaitMs);
  };
}
