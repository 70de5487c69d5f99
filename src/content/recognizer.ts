import { decideKind, type RecognitionWeights } from '../domain/recognition/features';
import fittedWeights from '../domain/recognition/weights.json';
import type { PageKind } from '../model/page-kinds';
import { deepInputs, isCheckablePasswordField, openShadowRoots } from './field-scan';
import { readPageEvidence } from './page-evidence';

export interface Recognition {
  kind: PageKind | null;
  /** The document and its open shadow roots, found once per scan for every caller. */
  roots: (Document | ShadowRoot)[];
  /** Checkable password fields, current and new, in document order. */
  passwordFields: HTMLInputElement[];
}

const WEIGHTS = fittedWeights as RecognitionWeights;

/**
 * Which kind of page this is, by what it shows. Every piece of evidence is weighed together (words
 * in headings, paragraphs, labels and buttons; the fields' structure; URL words), with weights
 * fitted offline on the tuning corpus, after facts about the fields rule kinds out (see
 * `ruledOut`). Catalogued URL shapes are the background's to apply (see
 * `catalogPageKind`): the content script carries no catalog. Pure reading of the DOM: never throws
 * into the page (callers wrap it) and costs one pass over fields and a bounded amount of text.
 */
export function recognizePage(document: Document): Recognition {
  const roots: (Document | ShadowRoot)[] = [document, ...openShadowRoots(document)];
  const passwordFields = deepInputs(document, roots).filter(isCheckablePasswordField);
  const evidence = readPageEvidence(roots, passwordFields, document.location.pathname.toLowerCase());
  return { kind: decideKind(evidence, WEIGHTS), roots, passwordFields };
}
