import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_SITES, removeAllSitesPermission } from '../../src/platform/permissions';

/** The test set-up's `browser` object, whose permissions and runtime each case rewires. */
const api = (
  globalThis as unknown as {
    browser: { runtime: Record<string, unknown>; permissions: Record<string, unknown> };
  }
).browser;
const contains = api.permissions.contains;

function grant(granted: boolean): ReturnType<typeof vi.fn> {
  const remove = vi.fn(async () => true);
  Object.assign(api.permissions, { contains: async () => granted, remove });
  return remove;
}

afterEach(() => {
  Object.assign(api.permissions, { contains });
  delete api.permissions.remove;
  delete api.runtime.getBrowserInfo;
});

describe('removeAllSitesPermission', () => {
  it('never asks Chromium to remove the all-sites pattern: it would take the manifest hosts too', async () => {
    const remove = grant(true);
    expect(await removeAllSitesPermission()).toBe(false);
    expect(remove).not.toHaveBeenCalled();
  });

  it('gives the grant back in Firefox, which removes the pattern alone', async () => {
    api.runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    const remove = grant(true);
    expect(await removeAllSitesPermission()).toBe(true);
    expect(remove).toHaveBeenCalledWith(ALL_SITES);
  });

  it('removes nothing that was never granted', async () => {
    api.runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    const remove = grant(false);
    expect(await removeAllSitesPermission()).toBe(false);
    expect(remove).not.toHaveBeenCalled();
  });
});
