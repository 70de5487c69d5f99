// Control: buttons act even while something covers the frame.
import * as real from '../../src/pages/clickjacking-guard';

export * from '../../src/pages/clickjacking-guard';

export function watchObscured(target: Element, onChange: (obscured: boolean) => void): () => boolean {
  real.watchObscured(target, onChange);
  return () => false;
}

export function useClickjackingGuard<T extends HTMLElement>() {
  const guard = real.useClickjackingGuard<T>();
  return { ...guard, guarded: (action: () => void) => action };
}
