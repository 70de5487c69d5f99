import { FRAME_PAGES, type FrameSlot } from '../platform/contract/frame-pages';
import type { FrameParameters } from '../platform/contract/frame-parameters';
import { FRAME_MARGIN as MARGIN, frameSizeFor } from './frame-sizes';
import { createShadowHost } from './shadow-host';

/** Space between the warning and the field it is about. */
const GAP = 8;
const MAX_RESTORES = 20;

interface Mounted {
  host: HTMLElement;
  frame: HTMLIFrameElement | undefined;
  restores: number;
  slot: FrameSlot;
  avoid: readonly Element[];
  /** The host's style as last written, and as the engine serialized it. */
  css?: string;
  written?: string;
}

type Box = { left: number; top: number; right: number; bottom: number };

const mounted = new Map<FrameSlot, Mounted>();
let guard: MutationObserver | undefined;
let following = false;

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

function viewport(): { width: number; height: number } {
  return {
    width: document.documentElement.clientWidth || window.innerWidth,
    height: document.documentElement.clientHeight || window.innerHeight,
  };
}

/** The frame's size: fixed per slot, set only by the viewport's width, never by the verdict. */
function frameSize(slot: FrameSlot): { width: number; height: number } {
  return frameSizeFor(slot, viewport().width);
}

/**
 * The viewport corner where the frame covers none of `avoid` (the submit button, the field) and
 * none of our other frames; failing that, one clear of our frames at least (a frame covered by
 * another stops its buttons). Banners prefer the top; a warning without a field, the bottom.
 */
function pickCorner(
  slot: FrameSlot,
  rects: readonly Box[],
  ours: readonly Box[],
): { left: number; top: number } {
  const { width, height } = frameSize(slot);
  const { width: viewportWidth, height: viewportHeight } = viewport();
  // Corners in order of preference: (t)op or (b)ottom, then (l)eft or (r)ight.
  const corners =
    slot === 'banner'
      ? ['tr', 'tl', 'br', 'bl']
      : slot === 'alert'
        ? // Top left, clear of the page-kind banner's preferred top right.
          ['tl', 'bl', 'tr', 'br']
        : ['br', 'bl', 'tr', 'tl'];
  const boxes = corners.map(([vertical, side]) => {
    const left = side === 'l' ? MARGIN : viewportWidth - width - MARGIN;
    const top = vertical === 't' ? MARGIN : viewportHeight - height - MARGIN;
    return { left, top, right: left + width, bottom: top + height };
  });
  const clear = (box: Box, of: readonly Box[]) => !of.some((rect) => intersects(rect, box));
  return (
    boxes.find((box) => clear(box, rects) && clear(box, ours)) ??
    boxes.find((box) => clear(box, ours)) ??
    (boxes[0] as Box)
  );
}

/**
 * Where our other frames are: a corner frame keeps clear of them. Every mounted host counts, shown,
 * prepared or empty, so where a banner sits never tells the page whether a warning was shown.
 */
function otherFrameBoxes(entry: Mounted): Box[] {
  return [...mounted.values()]
    .filter((other) => other !== entry)
    .map((other) => other.host.getBoundingClientRect());
}

/** Corner frames make way after another frame shows, moves or goes. */
function replaceCornerFrames(except?: Mounted): void {
  for (const entry of mounted.values()) if (entry !== except && entry.slot !== 'warning') placeHost(entry);
}

/**
 * A warning stands by the field it is about (`avoid[0]`): beside it when there is room, else
 * below the form's button, below the field or above it; never over the field or the button.
 * Where nothing fits on screen it stays below, so it scrolls with the field.
 */
function besideField(slot: FrameSlot, rects: readonly Box[]): { left: number; top: number } {
  const field = rects[0] as Box;
  const { width, height } = frameSize(slot);
  const { width: viewportWidth, height: viewportHeight } = viewport();
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewportWidth - width - MARGIN));
  const lowest = Math.max(...rects.map((rect) => rect.bottom));
  const candidates = [
    { left: field.right + GAP, top: field.top },
    { left: clampLeft(field.left), top: lowest + GAP },
    { left: clampLeft(field.left), top: field.bottom + GAP },
    { left: clampLeft(field.left), top: field.top - GAP - height },
    { left: field.left - GAP - width, top: field.top },
  ];
  const fits = (box: Box) =>
    box.left >= 0 && box.top >= 0 && box.right <= viewportWidth && box.bottom <= viewportHeight;
  const boxes = candidates.map(({ left, top }) => ({ left, top, right: left + width, bottom: top + height }));
  return boxes.find((box) => fits(box) && !rects.some((rect) => intersects(rect, box))) ?? (boxes[1] as Box);
}

/** Everything the page can see of us: the same whatever the frame shows, or whether it shows. */
function placeHost(entry: Mounted): void {
  const { width, height } = frameSize(entry.slot);
  const anchored = entry.avoid.filter((element) => element.isConnected);
  const rects = anchored.map((element) => element.getBoundingClientRect());
  const { left, top } =
    entry.slot === 'warning' && rects.length > 0 && entry.avoid[0]?.isConnected
      ? besideField(entry.slot, rects)
      : pickCorner(entry.slot, rects, otherFrameBoxes(entry));
  // Written without spaces (the content script's size is budgeted); the page reads it re-serialized.
  // Only when it changed, or the page changed it: a scroll re-places every frame, and each write is
  // a mutation the page (and our own rescan observer) would hear.
  const css = `all:initial;position:fixed;z-index:2147483647;left:${Math.round(left)}px;top:${Math.round(top)}px;width:${width}px;height:${height}px;pointer-events:none`;
  if (css !== entry.css || entry.host.style.cssText !== entry.written) {
    entry.host.style.cssText = entry.css = css;
    entry.written = entry.host.style.cssText;
  }
  if (entry.frame) {
    entry.frame.style.width = `${width}px`;
    entry.frame.style.height = `${height}px`;
  }
}

/** Keeps anchored frames beside their field as the page scrolls (any scroller) or resizes. */
function followLayout(): void {
  if (following) return;
  following = true;
  let queued = false;
  const replace = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      // Warnings follow their field first; corner frames then keep clear of them.
      for (const entry of mounted.values())
        if (entry.slot === 'warning' && entry.avoid.length > 0) placeHost(entry);
      replaceCornerFrames();
    });
  };
  addEventListener('scroll', replace, { capture: true, passive: true });
  addEventListener('resize', replace, { passive: true });
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
    const { width, height } = frameSize(slot);
    frame = document.createElement('iframe');
    // chrome.* directly: this file is also part of the all-sites watcher, which must stay tiny.
    frame.src = `${chrome.runtime.getURL(FRAME_PAGES[slot])}?${new URLSearchParams(parameters)}`;
    frame.title =
      chrome.i18n.getMessage(slot === 'warning' ? 'warningFrameLabel' : 'extensionName') || 'Furima Guard';
    frame.setAttribute('allow', '');
    frame.style.cssText = `all:initial;display:block;width:${width}px;height:${height}px;border:0;border-radius:12px;background:transparent;color-scheme:normal`;
    // A prepared frame loads invisibly and cannot be clicked until it is revealed.
    setShown(frame, !options.hidden);
    shadow.append(frame);
  }
  const entry: Mounted = { host, frame, restores: 0, slot, avoid: options.avoid ?? [] };
  placeHost(entry);
  document.documentElement.append(host);
  mounted.set(slot, entry);
  replaceCornerFrames(entry);
  watchForRemoval();
  followLayout();
}

/** Shows a frame mounted hidden, placed for the layout of now. */
export function revealFrame(slot: FrameSlot, avoid: readonly Element[] = []): void {
  const entry = mounted.get(slot);
  if (!entry?.frame) return;
  entry.avoid = avoid;
  placeHost(entry);
  setShown(entry.frame, true);
  replaceCornerFrames(entry);
}

export function unmountFrame(slot: FrameSlot): void {
  const entry = mounted.get(slot);
  if (!entry) return;
  mounted.delete(slot);
  entry.host.remove();
  replaceCornerFrames();
}

export function isMounted(slot: FrameSlot): boolean {
  return mounted.has(slot);
}
