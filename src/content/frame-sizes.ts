import type { FrameSlot } from '../platform/contract/frame-pages';

const FRAME_WIDTH = 380;
/**
 * Each slot's frame height, then its height in a narrow viewport (a 320–360 px phone wraps more
 * lines): one size per slot whatever the verdict, so the page cannot read anything from our
 * layout. Sized for the longest text in English and Japanese with every button in view.
 */
const FRAME_HEIGHTS: Record<FrameSlot, [number, number]> = {
  banner: [176, 204],
  warning: [236, 256],
  alert: [224, 256],
};
/** Frames narrower than this (viewports under 364 px) take their narrow height. */
const NARROW_WIDTH = 340;
export const FRAME_MARGIN = 12;

/** The frame's size in a viewport `viewportWidth` wide: narrowed only by the viewport. */
export function frameSizeFor(slot: FrameSlot, viewportWidth: number): { width: number; height: number } {
  const width = Math.min(FRAME_WIDTH, Math.max(0, viewportWidth - 2 * FRAME_MARGIN));
  return { width, height: FRAME_HEIGHTS[slot][width < NARROW_WIDTH ? 1 : 0] };
}
