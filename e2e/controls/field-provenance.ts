// Control: trusts whatever a field holds, as if every value were the user's.
export function trackUserInput(_root: Document | ShadowRoot, _signal: AbortSignal): void {}

export function holdsUserValue(field: HTMLInputElement): boolean {
  return field.value !== '';
}
