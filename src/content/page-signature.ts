type Root = Document | ShadowRoot;

const CONTROLS = 'input:not([type="hidden"]), select, textarea';
const DIALOGS = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** Hidden by markup alone: read without styles or layout, so a signature never forces either. */
const HIDDEN = '[hidden], dialog:not([open]), [aria-hidden="true"]';
const MAX_HEADING_LENGTH = 200;

const headingText = (document: Document, tag: 'h1' | 'h2') =>
  (document.getElementsByTagName(tag)[0]?.textContent ?? '').slice(0, MAX_HEADING_LENGTH);

/**
 * What a page's kind hangs on, read cheaply: the URL, the title, the top headings, and per root the
 * form controls (all, shown, password) and open dialogs. A full scan reads text and layout; this
 * reads one selector walk per root, so a page that never stops changing (countdowns, live feeds,
 * carousels) can be checked often and scanned only when its signature moves. Controls and dialogs
 * hidden by markup (`hidden`, a closed `<dialog>`) count apart, so revealing a step or opening a
 * dialog changes the signature without any node being added.
 */
export function pageSignature(roots: readonly Root[]): string {
  const document = roots[0] as Document;
  const parts: (string | number)[] = [
    document.location.href,
    document.title,
    headingText(document, 'h1'),
    headingText(document, 'h2'),
  ];
  for (const root of roots) {
    let controls = 0;
    let shown = 0;
    let passwords = 0;
    let dialogs = 0;
    for (const element of root.querySelectorAll(`${CONTROLS}, ${DIALOGS}`)) {
      const isControl = /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName);
      if (isControl) controls++;
      if (element.closest(HIDDEN)) continue;
      if (!isControl) dialogs++;
      else if ((element as HTMLInputElement).type === 'password') passwords++;
      else shown++;
    }
    parts.push(controls, shown, passwords, dialogs);
  }
  return parts.join('\u0001');
}
