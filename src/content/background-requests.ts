import { onBackgroundMessage } from '../platform/content-messaging';
import { mountFrame, unmountFrame } from './frame-host';
import type { PageContext } from './page-context';

/**
 * What the background asks of this frame: close one of our frames (relayed from the frame's own
 * "Not now"), or, in the top document, show the warning of a login iframe too small to hold it.
 */
export function initBackgroundRequests(context: PageContext, signal: AbortSignal): void {
  onBackgroundMessage(
    {
      'background-to-content:close-frame': ({ frameId }) => {
        for (const [slot, id] of context.frameIds) {
          if (id !== frameId) continue;
          unmountFrame(slot);
          context.frameIds.delete(slot);
          return { closed: true };
        }
        return undefined;
      },
      'background-to-content:mount-warning': ({ token, frameId }) => {
        if (!context.isTopFrame) return undefined;
        context.frameIds.set('warning', frameId);
        mountFrame('warning', { token, frame: frameId });
        return { shown: true };
      },
    },
    signal,
  );
}
