import type { LastVerdict } from '../model/records';
import { lastVerdictsItem } from './contract/storage-items';

/** Latest verdicts by credential group; damaged entries are dropped rather than shown. */
export function readLastVerdicts(): Promise<Record<string, LastVerdict>> {
  return lastVerdictsItem.get();
}

export async function recordLastVerdict(credentialGroup: string, verdict: LastVerdict): Promise<void> {
  await lastVerdictsItem.update((all) => ({ ...all, [credentialGroup]: verdict }));
}
