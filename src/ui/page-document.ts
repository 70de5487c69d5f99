/** Marks the document for assistive technology and picks the document language. */
export function prepareDocument(language: string, label: string): void {
  document.documentElement.lang = language;
  document.title = label;
}
