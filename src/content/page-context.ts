import type { PageKind } from '../model/page-kinds';
import type { FrameSlot } from '../platform/contract/frame-pages';
import type { Recognition } from './recognizer';

/**
 * What the features of one page share: where we are, what the page was recognized as, and which
 * of our frames are mounted. Created per page lifetime by `content-main.ts`.
 */
export interface PageContext {
  readonly hostname: string;
  readonly isTopFrame: boolean;
  pageKind: PageKind | null;
  /** The user chose "don't warn on this site". */
  muted: boolean;
  /** The random id of each mounted frame, so only our own frame's close request acts. */
  readonly frameIds: Map<FrameSlot, string>;
  /** Called after every scan with what it found (roots to watch, password fields). */
  onScan(listener: (recognition: Recognition) => void): void;
  scanned(recognition: Recognition): void;
}

export function createPageContext(): PageContext {
  const listeners: ((recognition: Recognition) => void)[] = [];
  return {
    hostname: location.hostname,
    isTopFrame: window === window.top,
    pageKind: null,
    muted: false,
    frameIds: new Map(),
    onScan: (listener) => listeners.push(listener),
    scanned: (recognition) => {
      for (const listener of listeners) listener(recognition);
    },
  };
}
