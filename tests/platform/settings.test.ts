import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  effectiveRangeEndpoint,
  normalizeSettings,
  updateSettings,
  validEndpoint,
} from '../../src/platform/settings';
import { fakeStorage } from '../setup-browser-api';

describe('settings', () => {
  it('fills defaults and drops invalid values from a damaged record', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({
        breachCacheTtlHours: -3,
        watchAllSites: 'yes',
        mutedGroups: [1, 2],
        hibpEndpoint: 'ftp://x',
      }),
    ).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts only HTTPS endpoints, or HTTP on loopback', () => {
    expect(validEndpoint('https://mirror.example/range/')).toBe('https://mirror.example/range');
    expect(validEndpoint('http://127.0.0.1:8080/range')).toBe('http://127.0.0.1:8080/range');
    expect(validEndpoint('http://mirror.example/range')).toBeNull();
    expect(validEndpoint('https://user:pw@mirror.example/range')).toBeNull();
    expect(validEndpoint('not a url')).toBeNull();
  });

  it('policy beats the user choice, which beats the public API', async () => {
    expect(await effectiveRangeEndpoint()).toBe('https://api.pwnedpasswords.com/range');
    await updateSettings(() => ({ hibpEndpoint: 'https://user-mirror.example/range' }));
    expect(await effectiveRangeEndpoint()).toBe('https://user-mirror.example/range');
    await fakeStorage.managed.set({ hibpEndpoint: 'https://corp-mirror.example/range' });
    expect(await effectiveRangeEndpoint()).toBe('https://corp-mirror.example/range');
  });
});
