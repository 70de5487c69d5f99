import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/catalog/catalog';
import { checkInSite } from '../../src/domain/check-in';
import type { AccountFactRecord } from '../../src/model/records';

const confirmed = (credentialGroup: string, at: number): AccountFactRecord => ({
  id: `${credentialGroup}|email`,
  credentialGroup,
  fact: 'email',
  views: { 'value=full': { digest: 'abcdef', firstSeenAt: 0, lastConfirmedAt: at } },
  pending: null,
  changes: [],
});

describe('weekly check-in site', () => {
  it("asks about the user's marketplace with an account page confirmed longest ago", () => {
    const groups = new Set(['rakuma', 'mercari-jp', 'vinted']);
    expect(checkInSite(CATALOG, groups, [confirmed('rakuma', 5), confirmed('mercari-jp', 9)])?.site.id).toBe(
      'rakuma',
    );
    expect(checkInSite(CATALOG, groups, [confirmed('rakuma', 5)])?.url).toBe(
      'https://jp.mercari.com/mypage/personal_info',
    );
  });

  it('has nothing to ask without an account on a site with an account page', () => {
    expect(checkInSite(CATALOG, new Set(['vinted']), [])).toBeUndefined();
  });
});
