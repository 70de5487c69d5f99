import { FRAME_PAGES, type FrameSlot } from '../platform/contract/frame-pages';
import type { FrameParameters } from '../platform/contract/frame-parameters';
import { createShadowHost } from './shadow-host';

const FRAME_SIZE: Record<FrameSlot, { width: number; height: number }> = {
  // One size per slot whatever the verdict, so the page cannot read anything from our layout.
  banner: { width: 380, height: 132 },
  warning: { width: 380, height: 236 },
  alert: { width: 380, height: 196 },
};
const MARGIN = 12;
const MAX_RESTORES = 20;

interface Mounted {
  host: HTMLElement;
  frame: HTMLIFrameElement | undefined;
  restores: number;
}

const mounted = new Map<FrameSlot, Mounted>();
let guard: MutationObserver | undefined;

function intersects(a: DOMRect, b: { left: number; top: number; right: number; bottom: number }): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/**
 * The viewport corner where the frame covers none of `avoid` (the submit button, the field).
 * Banners prefer the top, warnings the bottom.
 */
function pickCorner(
  slot: FrameSlot,
  avoid: readonly Element[],
): { top?: number; bottom?: number; left?: number; right?: number } {
  const { width, height } = FRAME_SIZE[slot];
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
  const corners =
    slot === 'banner'
      ? ['top-right', 'top-left', 'bottom-right', 'bottom-left']
      : slot === 'alert'
        ? // Top left, clear of the page-kind banner's preferred top right.
          ['top-left', 'bottom-left', 'top-right', 'bottom-right']
        : ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
  const rects = avoid.map((element) => element.getBoundingClientRect());
  for (const corner of corners) {
    const left = corner.endsWith('left') ? MARGIN : viewportWidth - width - MARGIN;
    const top = corner.startsWith('top') ? MARGIN : viewportHeight - height - MARGIN;
    const box = { left, top, right: left + width, bottom: top + height };
    if (!rects.some((rect) => intersects(rect, box))) {
      return {
        ...(corner.startsWith('top') ? { top: MARGIN } : { bottom: MARGIN }),
        ...(corner.endsWith('left') ? { left: MARGIN } : { right: MARGIN }),
      };
    }
  }
  if (slot === 'alert') return { top: MARGIN, left: MARGIN };
  return slot === 'banner' ? { top: MARGIN, right: MARGIN } : { bottom: MARGIN, right: MARGIN };
}

function watchForRemoval(): void {
  if (guard) return;
  // A hostile page may remove our host element; put it back (a bounded number of times).
  guard = new MutationObserver(() => {
    for (const entry of mounted.values()) {
      if (!entry.host.isConnected && entry.restores < MAX_RESTORES) {
        entry.restores++;
        document.documentElement.append(entry.host);
      }
    }
  });
  guard.observe(document.documentElement, { childList: true });
}

/** Everything the page can see of us: the same whatever the frame shows, or whether it shows. */
function placeHost(host: HTMLElement, slot: FrameSlot, avoid: readonly Element[]): void {
  const { width, height } = FRAME_SIZE[slot];
  const position = Object.entries(pickCorner(slot, avoid))
    .map(([side, value]) => `${side}: ${value}px;`)
    .join(' ');
  host.style.cssText = `all: initial; position: fixed; z-index: 2147483647; ${position} width: ${width}px; height: ${height}px; pointer-events: none;`;
}

/** Inside the closed shadow root, out of the page's reach: whether the frame shows and takes clicks. */
function setShown(frame: HTMLIFrameElement, shown: boolean): void {
  frame.style.visibility = shown ? 'visible' : 'hidden';
  frame.style.pointerEvents = shown ? 'auto' : 'none';
}

/**
 * Shows an extension page in a fixed-size frame inside a closed shadow root: the page can neither
 * reach the frame element nor read the extension document it shows. `parameters` undefined mounts
 * an empty host, indistinguishable from the page's side from a hidden frame.
 */
export function mountFrame<S extends FrameSlot>(
  slot: S,
  parameters: FrameParameters<S> | undefined,
  options: { avoid?: readonly Element[]; hidden?: boolean } = {},
): void {
  unmountFrame(slot);
  const { host, shadow } = createShadowHost();
  let frame: HTMLIFrameElement | undefined;
  if (parameters) {
    const { width, height } = FRAME_SIZE[slot];
    frame = document.createElement('iframe');
    // chrome.* directly: this file is also part of the all-sites watcher, which must stay tiny.
    frame.src = `${chrome.runtime.getURL(FRAME_PAGES[slot])}?${new URLSearchParams(parameters).toString()}`;
    frame.title =
      chrome.i18n.getMessage(slot === 'warning' ? 'warningFrameLabel' : 'extensionName') || 'Furima Guard';
    frame.setAttribute('allow', '');
    frame.style.cssText = `all: initial; display: block; width: ${width}px; height: ${height}px; border: 0; border-radius: 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25); background: transparent; color-scheme: normal;`;
    // A prepared frame loads invisibly and cannot be clicked until it is revealed.
    setShown(frame, !options.hidden);
    shadow.append(frame);
  }
  placeHost(host, slot, options.avoid ?? []);
  document.documentElement.append(host);
  mounted.set(slot, { host, frame, restores: 0 });
  watchForRemoval();
}

/** Shows a frame mounted hidden, placed for the layout of now. */
export function revealFrame(slot: FrameSlot, avoid: readonly Element[] = []): void {
  const entry = mounted.get(slot);
  if (!entry?.frame) return;
  placeHost(entry.host, slot, avoid);
  setShown(entry.frame, true);
}

export function unmountFrame(slot: FrameSlot): void {
  const entry = mounted.get(slot);
  if (!entry) return;
  mounted.delete(slot);
  entry.host.remove();
}

export function isMounted(slot: FrameSlot): boolean {
  return mounted.has(slot);
}
