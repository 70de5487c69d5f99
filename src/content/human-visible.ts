/**
 * Hidden or decoy inputs (honeypots): not rendered, zero-sized, off-screen, or hidden from people.
 * Uses the engine's visibility check and one layout read; runs once per scan, never per keystroke.
 */
export function isHumanVisible(input: HTMLElement): boolean {
  // `closest` starts at the input itself: this covers its own `hidden` and `aria-hidden` too.
  if (input.closest('[hidden],[aria-hidden="true"]')) return false;
  // Not rendered, or hidden by `display`, `visibility` or `opacity` (on it or on a box around it).
  if (input.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) === false) return false;
  const view = input.ownerDocument.defaultView;
  const box = input.getBoundingClientRect();
  const root = input.ownerDocument.documentElement;
  // Layout-less environments report 0×0 for everything; only trust sizes when something has size.
  if (root.getBoundingClientRect().width === 0) return true;
  if (box.width < 2 || box.height < 2) return false;
  // Off the page: above or left of it, or right of the layout width (`left: 20000px` decoys widen
  // the scrollable area, so the viewport's width is the bound, as forms do not scroll sideways).
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  const layoutWidth = Math.max(root.clientWidth, view?.innerWidth ?? 0);
  return box.right + scrollX > 0 && box.bottom + scrollY > 0 && box.left + scrollX < layoutWidth;
}
