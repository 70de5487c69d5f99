import { readFrameParameters, type FrameSlot } from '../platform/contract/frame-parameters';
import { sendToBackground } from '../platform/messaging';

/** Asks the content script that mounted this frame to remove it (relayed by the background). */
export function closeThisFrame(slot: FrameSlot): void {
  const frameId = readFrameParameters(slot, location.search)?.frame;
  if (frameId) void sendToBackground('page-to-background:close-frame', { frameId }).catch(() => undefined);
}
