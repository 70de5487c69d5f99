// Control: "don't warn on this site" is forgotten.
import * as real from '../../src/background/banner-decision';

export * from '../../src/background/banner-decision';

export async function decideBanner(...args: Parameters<typeof real.decideBanner>) {
  return { ...(await real.decideBanner(...args)), muted: false };
}

export async function isMutedHost(_hostname: string): Promise<boolean> {
  return false;
}
