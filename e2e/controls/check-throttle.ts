// Control: no per-field budget.
export const VALUES_PER_FIELD_PER_MINUTE = Infinity;

export function mayCheck(_field: HTMLInputElement): boolean {
  return true;
}
