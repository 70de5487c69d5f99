/**
 * The extension pages shown inside marketplace pages. Kept apart from their parameter schemas so
 * the content scripts can name them without carrying the schema code.
 */
export const FRAME_PAGES = {
  warning: 'src/pages/warning/warning.html',
  banner: 'src/pages/banner/banner.html',
  /** The account sentinel's alert: the banner page in its own slot, so both can show. */
  alert: 'src/pages/banner/banner.html',
} as const;
export type FrameSlot = keyof typeof FRAME_PAGES;
