import { PAGE_KINDS, type PageKind } from '../../model/page-kinds';
import { countClassWords } from './text-match';
import type { PageClass } from './vocabulary';

export const PAGE_CLASSES: readonly PageClass[] = [...PAGE_KINDS, 'none'];

/** Where words were read; each zone weighs differently (headings say more than paragraphs). */
export const TEXT_ZONES = ['headings', 'paragraphs', 'fields', 'buttons'] as const;
export type TextZone = (typeof TEXT_ZONES)[number];

/** Counts read off the visible form controls. */
export interface FieldCounts {
  inputs: number;
  passwords: number;
  newPasswords: number;
  currentPasswords: number;
  oneTimeCodes: number;
  files: number;
  addressFields: number;
  emailFields: number;
  nameFields: number;
  dateFields: number;
  textareas: number;
}

/** Everything the recognizer knows about a page, as plain data (read from the DOM by content). */
export interface PageEvidence {
  /** Normalized text per zone (see `normalizeText`). */
  text: Record<TextZone, string>;
  fields: FieldCounts;
  /** Kinds whose words appear in the URL path. */
  urlKinds: readonly PageKind[];
  /** Kinds whose words appear where the page's forms post (their `action`). */
  postKinds: readonly PageKind[];
}

/** Structure features shared by all classes, in the order of each class's weights in the weight file. */
export const STRUCTURE_FEATURES = [
  'onePassword',
  'twoPasswords',
  'newPassword',
  'currentAndNew',
  'currentOnly',
  'oneTimeCode',
  'file',
  'addressFields',
  'email',
  'emailAndCurrent',
  'name',
  'date',
  'textarea',
  'noInputs',
  'fewInputs',
  'manyInputs',
] as const;

/** The structure features' values, in `STRUCTURE_FEATURES` order. */
export function structureFeatures(fields: FieldCounts): number[] {
  const only = (condition: boolean) => (condition ? 1 : 0);
  return [
    only(fields.passwords === 1),
    only(fields.passwords === 2),
    only(fields.newPasswords > 0),
    only(fields.currentPasswords > 0 && fields.newPasswords > 0),
    only(fields.currentPasswords > 0 && fields.newPasswords === 0),
    only(fields.oneTimeCodes > 0),
    only(fields.files > 0),
    Math.min(fields.addressFields, 4) / 4,
    only(fields.emailFields > 0),
    // E-mail beside the current password alone: confirming an e-mail change, not a login's username.
    only(fields.emailFields > 0 && fields.currentPasswords > 0 && fields.newPasswords === 0),
    only(fields.nameFields > 0),
    only(fields.dateFields > 0),
    only(fields.textareas > 0),
    only(fields.inputs === 0),
    only(fields.inputs > 0 && fields.inputs <= 3),
    only(fields.inputs >= 6),
  ];
}

/** Words of each class per zone, capped: the third synonym adds little. */
export function wordFeatures(text: Record<TextZone, string>): Record<PageClass, Record<TextZone, number>> {
  const result = {} as Record<PageClass, Record<TextZone, number>>;
  for (const pageClass of PAGE_CLASSES) {
    const zones = {} as Record<TextZone, number>;
    for (const zone of TEXT_ZONES)
      zones[zone] = Math.min(countClassWords(text[zone], pageClass, zone === 'headings'), 3);
    result[pageClass] = zones;
  }
  return result;
}

/**
 * Fitted weights (see scripts/fit-recognizer.mjs and weights.json). Arrays follow `TEXT_ZONES` and
 * `STRUCTURE_FEATURES`: the file ships in the content script, so it carries no repeated names.
 */
export interface RecognitionWeights {
  bias: Record<PageClass, number>;
  /** How much a word counts in each zone, the same for every class. */
  zones: number[];
  structure: Record<PageClass, number[]>;
  url: number;
  /** Weighed apart from `url`: the tuning pages all sit at one neutral URL, but post to their own. */
  post: number;
}

/**
 * Kinds the fields alone rule out. Address books, payout and identity forms never set a password:
 * where the page asks for a new one, it is a sign-up or a settings form, however many address words
 * it shows (a Japanese shop's sign-up asks for the full postal address). Signing in, signing up,
 * changing a password and changing the e-mail address all need a field to type in: a page with none
 * is a confirmation ("reset link sent"), a hub or a profile ("Edit profile", "Change password" as
 * links), and a hidden form counts once it is shown (the page is scanned again).
 * A box for free text with no password field is a message, issue or profile form: nobody signs up or
 * changes their e-mail address in free text, and both forms are short.
 */
export function ruledOut(pageClass: PageClass, fields: FieldCounts): boolean {
  if (fields.textareas > 0 && fields.passwords === 0)
    return pageClass === 'signup' || pageClass === 'email-change';
  if (fields.newPasswords > 0)
    return pageClass === 'address' || pageClass === 'payout' || pageClass === 'identity-verification';
  return (
    fields.inputs === 0 &&
    fields.passwords === 0 &&
    (pageClass === 'login' ||
      pageClass === 'signup' ||
      pageClass === 'password-change' ||
      pageClass === 'email-change')
  );
}

/** Every class's score (a logit) for the evidence; a class the fields rule out scores -Infinity. */
export function classScores(evidence: PageEvidence, weights: RecognitionWeights): Record<PageClass, number> {
  const words = wordFeatures(evidence.text);
  const structure = structureFeatures(evidence.fields);
  const scores = {} as Record<PageClass, number>;
  for (const pageClass of PAGE_CLASSES) {
    let score = weights.bias[pageClass];
    TEXT_ZONES.forEach((zone, index) => {
      score += (weights.zones[index] ?? 0) * words[pageClass][zone];
    });
    const perFeature = weights.structure[pageClass];
    structure.forEach((value, index) => (score += (perFeature[index] ?? 0) * value));
    if (pageClass !== 'none') {
      if (evidence.urlKinds.includes(pageClass)) score += weights.url;
      if (evidence.postKinds.includes(pageClass)) score += weights.post;
    }
    scores[pageClass] = ruledOut(pageClass, evidence.fields) ? -Infinity : score;
  }
  return scores;
}

/** The best-scoring kind, or null when "none of these" wins. */
export function decideKind(evidence: PageEvidence, weights: RecognitionWeights): PageKind | null {
  const scores = classScores(evidence, weights);
  let best: PageClass = 'none';
  for (const pageClass of PAGE_CLASSES) if (scores[pageClass] > scores[best]) best = pageClass;
  return best === 'none' ? null : best;
}
