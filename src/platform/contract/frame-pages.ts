/**
 * The extension pages shown inside marketplace pages. Kept apart from their parameter schemas so
 * the content scripts can name them without carrying the schema code.
 */
export const FRAME_PAGES = {
  warning: 'src/pages/warning/warning.html',
  banner: 'src/pages/banner/banner.html',
} as const;
export type FrameSlot = keyof typeof FRAME_PAGES;
