import { useEffect, useState } from 'preact/hooks';

/**
 * Which rows of a long, fixed-row-height list are on screen (plus a margin), so a list of 10,000
 * accounts renders a few dozen rows instead of all of them.
 */
export function useWindowedRows(
  viewport: { current: HTMLElement | null },
  count: number,
  rowHeight: number,
  overscan = 8,
): { first: number; last: number } {
  const [range, setRange] = useState({ first: 0, last: Math.min(count, 40) });
  useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const measure = () => {
      const first = Math.max(0, Math.floor(element.scrollTop / rowHeight) - overscan);
      const visible = Math.ceil((element.clientHeight || 480) / rowHeight);
      const last = Math.min(count, first + visible + 2 * overscan);
      setRange((current) => (current.first === first && current.last === last ? current : { first, last }));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [viewport, count, rowHeight, overscan]);
  return range;
}
