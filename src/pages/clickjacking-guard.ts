import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

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

/**
 * The guard for one frame page: attach `root` to the element to watch; `guarded(action)` runs the
 * action only while nothing covers the frame; `obscured` says so on screen.
 */
export function useClickjackingGuard<T extends HTMLElement>(): {
  root: RefObject<T | null>;
  obscured: boolean;
  guarded: (action: () => void) => () => void;
} {
  const root = useRef<T>(null);
  const isObscured = useRef<() => boolean>(() => false);
  const [obscured, setObscured] = useState(false);
  useEffect(() => {
    if (root.current) isObscured.current = watchObscured(root.current, setObscured);
  }, []);
  const guarded = (action: () => void) => () => {
    if (!isObscured.current()) action();
  };
  return { root, obscured, guarded };
}
