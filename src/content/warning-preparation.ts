import { PASSWORD_PAGE_KINDS } from '../model/page-kinds';
import { isMounted, mountFrame } from './frame-host';
import type { PageContext } from './page-context';
import { randomToken } from './random-token';

/** Smaller than this, a frame cannot hold our warning without covering its own form. */
const MIN_FRAME_SIZE = { width: 420, height: 320 };

export function canHoldWarning(context: PageContext): boolean {
  return context.isTopFrame || (innerWidth >= MIN_FRAME_SIZE.width && innerHeight >= MIN_FRAME_SIZE.height);
}

/** A warning frame loaded ahead, hidden, while the user types: the verdict then shows at once. */
export interface PreparedWarning {
  token: string;
  frame: string;
}

let prepared: PreparedWarning | undefined;

/** Mounts the hidden warning when a password field gets focus (identical for every verdict). */
export function prepareWarning(context: PageContext): void {
  const kind = context.pageKind ?? 'login';
  if (
    context.muted ||
    prepared ||
    isMounted('warning') ||
    !PASSWORD_PAGE_KINDS.includes(kind) ||
    !canHoldWarning(context)
  )
    return;
  prepared = { token: randomToken(), frame: randomToken() };
  context.frameIds.set('warning', prepared.frame);
  mountFrame('warning', prepared, { hidden: true });
}

/** The prepared warning, handed over once. */
export function takePreparedWarning(): PreparedWarning | undefined {
  const ready = prepared;
  prepared = undefined;
  return ready;
}
