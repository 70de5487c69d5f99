import type { FrameSlot } from '../platform/contract/frame-pages';

/**
 * Each slot's frame size: one per slot whatever the verdict, so the page cannot read anything from
 * our layout. Sized for the longest text in English and Japanese with both buttons in view; a
 * narrow viewport (a 320 px phone) wraps more lines, so it gets the taller height.
 */
const FRAME_SIZE: Record<FrameSlot, { width: number; height: number; narrowHeight: number }> = {
  banner: { width: 380, height: 176, narrowHeight: 204 },
  warning: { width: 380, height: 236, narrowHeight: 236 },
  alert: { width: 380, height: 224, narrowHeight: 256 },
};
/** Frames narrower than this (viewports under 364 px) take their narrow height. */
const NARROW_WIDTH = 340;
export const FRAME_MARGIN = 12;

/** The frame's size in a viewport `viewportWidth` wide: narrowed only by the viewport. */
export function frameSizeFor(slot: FrameSlot, viewportWidth: number): { width: number; height: number } {
  const { width, height, narrowHeight } = FRAME_SIZE[slot];
  const fitted = Math.min(width, Math.max(0, viewportWidth - 2 * FRAME_MARGIN));
  return { width: fitted, height: fitted < NARROW_WIDTH ? narrowHeight : height };
}
