/**
 * Whether a field still holds exactly what the user produced in it. Chromium marks `focus()`,
 * `blur()`, `requestSubmit()` and `execCommand('insertText')` as trusted even when a page script
 * calls them, so `isTrusted` alone proves nothing. This follows each edit instead: an edit counts
 * only when a trusted user action of the matching kind led to it (a key for typed text or
 * deletions, a paste, a drop, an IME composition) and it started from the user's own value.
 * Any other change (a value setter, a framework re-render, a script's editing command) makes the
 * value not the user's until the user replaces it. Pure logic, fed by `field-provenance.ts`.
 */

/** Keys a virtual keyboard or IME sends without telling which character it typed. */
const OPAQUE_KEYS = new Set(['Unidentified', 'Process', 'Dead']);
const DELETE_KEYS = new Set(['Backspace', 'Delete', 'x', 'X']);
const HISTORY_KEYS = new Set(['z', 'Z', 'y', 'Y']);

type Pending = { kind: 'key'; key: string } | { kind: 'paste' } | { kind: 'drop' };

export interface BeforeInputFacts {
  inputType: string;
  data: string | null;
  /** The field's value before the edit. */
  valueBefore: string;
  /** True when the selection covers the whole value: the edit replaces everything in it. */
  replacesAll: boolean;
}

export class UserTypedValue {
  /** The value the user produced, or undefined while the field holds something else. */
  private known: string | undefined;
  private pending: Pending | undefined;
  private composing = false;
  private accepted: boolean | undefined;

  keyDown(key: string): void {
    this.pending = { kind: 'key', key };
  }

  keyUp(): void {
    this.pending = undefined;
  }

  paste(): void {
    this.pending = { kind: 'paste' };
  }

  drop(): void {
    this.pending = { kind: 'drop' };
  }

  compositionStart(): void {
    this.composing = true;
  }

  compositionEnd(): void {
    this.composing = false;
  }

  /** A trusted `beforeinput`: decides whether the coming change is the user's. */
  beforeInput(facts: BeforeInputFacts): void {
    const fromUsersValue = facts.valueBefore === this.known || facts.replacesAll || facts.valueBefore === '';
    this.accepted = fromUsersValue && this.causedByUser(facts);
    // One action explains one edit; held keys send another keydown for each repeat.
    if (this.pending?.kind !== 'key') this.pending = undefined;
    else if (!OPAQUE_KEYS.has(this.pending.key)) this.pending = undefined;
  }

  private causedByUser({ inputType, data }: BeforeInputFacts): boolean {
    const pending = this.pending;
    const key = pending?.kind === 'key' ? pending.key : undefined;
    if (inputType.includes('Composition')) return this.composing;
    if (inputType === 'insertText') {
      if (this.composing) return true;
      return key !== undefined && (data === key || OPAQUE_KEYS.has(key));
    }
    if (inputType === 'insertFromPaste') return pending?.kind === 'paste';
    if (inputType === 'insertFromDrop' || inputType === 'deleteByDrag') return pending?.kind === 'drop';
    if (inputType === 'insertReplacementText') return true;
    if (inputType.startsWith('delete'))
      return key !== undefined && (DELETE_KEYS.has(key) || OPAQUE_KEYS.has(key));
    if (inputType === 'historyUndo' || inputType === 'historyRedo')
      return key !== undefined && HISTORY_KEYS.has(key);
    return false;
  }

  /** A trusted `input`: the field's value after the edit. */
  input(value: string): void {
    const accepted = this.accepted === true;
    this.accepted = undefined;
    // An emptied field is clean again whoever emptied it: `beforeInput` accepts any edit that
    // starts from an empty value, as nothing planted survives in it.
    this.known = accepted ? value : undefined;
  }

  /** True when `value` is exactly what the user produced (never for an empty value). */
  holds(value: string): boolean {
    return value !== '' && value === this.known;
  }
}
