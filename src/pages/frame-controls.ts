import { readFrameParameters, type FrameSlot } from '../platform/contract/frame-parameters';
import { sendToBackground } from '../platform/messaging';

/** Asks the content script that mounted this frame to remove it (relayed by the background). */
export function closeThisFrame(slot: FrameSlot): void {
  const frameId = readFrameParameters(slot, location.search)?.frame;
  if (frameId) void sendToBackground('page-to-background:close-frame', { frameId }).catch(() => undefined);
}

/**
 * Clickjacking defence: with IntersectionObserver v2 the frame learns whether anything covers it.
 * While covered (or transformed/faded), `isObscured()` is true and buttons ignore clicks.
 */
export function watchObscured(target: Element, onChange: (obscured: boolean) => void): () => boolean {
  let obscured = false;
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
          if (visible === undefined) return; // v2 unsupported: nothing to enforce
          obscured = !visible;
          onChange(obscured);
        }
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(target);
  } catch {
    // Older engines without trackVisibility: fall back to plain clicks.
  }
  return () => obscured;
}
