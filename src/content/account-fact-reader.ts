import { slotOfLabel } from '../domain/account-fact-labels';
import type { FactSlot } from '../model/account-facts';

const MAX_VALUE_LENGTH = 200;
const MAX_LABEL_LENGTH = 40;

/** Text of `element` without its links and buttons ("変更する", "Edit"). */
function displayedText(element: Element): string {
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('a, button, script, style')) text += `${node.nodeValue} `;
  return text.trim();
}

/**
 * What a value holder shows: a read-only, disabled or server-prefilled field (not one the user is
 * editing), or plain text. Links, buttons and password fields show no fact.
 */
function shownValue(element: Element | null | undefined): string | undefined {
  if (!element || element.matches('a, button')) return undefined;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    const shown = element.readOnly || element.disabled || element.value === element.defaultValue;
    return shown && !/^(password|hidden)$/.test(element.type) ? element.value : undefined;
  }
  if (element instanceof HTMLSelectElement)
    return element.disabled ? element.selectedOptions[0]?.text : undefined;
  const field = element.querySelector('input, select, textarea');
  if (field) return shownValue(field);
  const text = displayedText(element);
  return text.length <= MAX_VALUE_LENGTH ? text : undefined;
}

/** The element after a label, climbing out of wrappers (`<dt><span>label</span></dt><dd>`). */
function valueAfter(label: Element): Element | null {
  let holder = label;
  for (let depth = 0; depth < 2 && !holder.nextElementSibling && holder.parentElement; depth++)
    holder = holder.parentElement;
  return holder.nextElementSibling;
}

/**
 * Reads the registered facts a page displays, in any of the shapes marketplaces use: definition
 * lists, table rows, label and value spans, `<label>` with a read-only or prefilled field, and
 * "label: value" text. Returns one value per slot (the first shown); masked values as shown.
 */
export function readAccountFacts(roots: readonly (Document | ShadowRoot)[]): [FactSlot, string][] {
  const found = new Map<FactSlot, string>();
  for (const root of roots) {
    const elements =
      root instanceof Document ? (root.body?.getElementsByTagName('*') ?? []) : root.querySelectorAll('*');
    for (const element of elements) {
      const isLabel = element instanceof HTMLLabelElement;
      if (element.childElementCount > 0 && !isLabel) continue;
      const text = element.textContent ?? '';
      if (!text.trim()) continue;
      let slot: FactSlot | undefined;
      let value: string | undefined;
      const colon = text.search(/[:：]/);
      if (text.length <= MAX_LABEL_LENGTH) slot = slotOfLabel(text);
      if (slot) value = shownValue(isLabel && element.control ? element.control : valueAfter(element));
      else if (colon > 0 && text.length <= MAX_LABEL_LENGTH + MAX_VALUE_LENGTH) {
        slot = slotOfLabel(text.slice(0, colon));
        value = text.slice(colon + 1).trim();
      }
      if (slot && value && !found.has(slot)) found.set(slot, value);
    }
  }
  return [...found];
}
