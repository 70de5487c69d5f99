/** A laid-out box as Playwright and Puppeteer report it. */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/**
 * Runs inside a frame page (`page.evaluate(contentOverflow)`): how many pixels of its `main` run past
 * the frame, scrolling inside it or any part of it, or cut at the bottom edge; 0 when everything shows.
 */
export function contentOverflow(): number {
  const main = document.querySelector('main') as HTMLElement;
  const elements = [main, ...main.querySelectorAll('*')];
  // Only boxes that scroll: an inline link reports a client height of 0 in Firefox.
  const scrollers = elements.filter(
    (element) => element === main || getComputedStyle(element).overflowY !== 'visible',
  );
  const inside = Math.max(...scrollers.map((element) => element.scrollHeight - element.clientHeight));
  const bottoms = elements.map((element) => element.getBoundingClientRect().bottom);
  return Math.max(0, Math.ceil(Math.max(inside, Math.max(...bottoms) - innerHeight)));
}
