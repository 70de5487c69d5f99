// Bundled into an IIFE and evaluated inside a Chromium page by read-evidence.mjs: reads the page's
// evidence exactly as the content script does (same roots, same password fields, same reader).
import { deepInputs, isCheckablePasswordField, openShadowRoots } from '../../src/content/field-scan';
import { readPageEvidence } from '../../src/content/page-evidence';

export function read() {
  const roots: (Document | ShadowRoot)[] = [document, ...openShadowRoots(document)];
  const passwords = deepInputs(document, roots).filter(isCheckablePasswordField);
  return readPageEvidence(roots, passwords, location.pathname.toLowerCase());
}
