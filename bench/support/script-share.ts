import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Sampling step of the CPU profile, in µs: fine enough for 1-ms callbacks. */
const SAMPLING_INTERVAL_US = 200;

/**
 * Milliseconds the renderer's main thread spent with the extension's code on the stack over
 * `windowMs`, read from a CPU profile. Native work our code calls (style and layout it forces,
 * DOM queries) is sampled under our frames and counts; garbage collection does not.
 */
export async function extensionScriptMs(page: Page, windowMs: number, origin: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(windowMs);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return ownTimeUs(profile, origin) / 1000;
}

function ownTimeUs(profile: Profile, origin: string): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // A node is ours when it or any caller above it runs code from the extension's origin.
  const ours = new Set<number>();
  const mark = (id: number, inherited: boolean) => {
    const node = byId.get(id);
    if (!node) return;
    const own = inherited || node.callFrame.url.startsWith(origin);
    if (own) ours.add(id);
    for (const child of node.children ?? []) mark(child, own);
  };
  mark(profile.nodes[0]?.id ?? 0, false);
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (ours.has(id)) total += profile.timeDeltas[index + 1] ?? SAMPLING_INTERVAL_US;
  });
  return total;
}
