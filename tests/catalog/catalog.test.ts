import { describe, expect, it } from 'vitest';
import { playbookFor, RESPONSE_STEP_IDS } from '../../src/domain/response-playbook';
import {
  CATALOG,
  catalogMatchPatterns,
  catalogPageKind,
  siteForHost,
  siteForParameter,
} from '../../src/catalog/catalog';
import { changePasswordUrl } from '../../src/catalog/change-password-url';

describe('catalog', () => {
  it('covers the marketplaces the product promises', () => {
    const ids = CATALOG.map((site) => site.id);
    for (const id of [
      'rakuma',
      'rakuten-id',
      'mercari-jp',
      'mercari-us',
      'yahoo-japan',
      'ebay',
      'vinted',
      'poshmark',
      'depop',
      'etsy',
      'facebook',
      'carousell',
      'offerup',
      'kleinanzeigen',
      'leboncoin',
      'wallapop',
      'jimoty',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CATALOG.map((site) => [site.id, site] as const))(
    '%s is complete: names in both languages, hosts, https links, support',
    (_, site) => {
      expect(site.name.en && site.name.ja).toBeTruthy();
      expect(site.hosts.length).toBeGreaterThan(0);
      expect(site.support.length).toBeGreaterThan(0);
      for (const url of [site.changePasswordUrl?.url, site.twoFactor.docs, site.passkeys.docs].filter(
        Boolean,
      ))
        expect(url).toMatch(/^https:\/\//);
      for (const host of site.hosts) expect(siteForHost(host)?.id).toBe(site.id);
    },
  );

  it.each(CATALOG.map((site) => [site.id, site] as const))(
    "%s's change-password link opens one of its own hosts, never another marketplace",
    (_, site) => {
      expect(siteForHost(new URL(changePasswordUrl(site)).hostname)?.id).toBe(site.id);
    },
  );

  it.each(CATALOG.map((site) => [site.id, site] as const))(
    '%s has a playbook entry for every response step',
    (_, site) => {
      const playbook = playbookFor(site);
      expect(RESPONSE_STEP_IDS).toHaveLength(8);
      expect(playbook.support.value).not.toBe('');
      if (site.linkedLogins) expect(playbook.linkedSite).toBeDefined();
    },
  );

  it('resolves hosts to the most specific site and ?site= values', () => {
    expect(siteForHost('login.jp.mercari.com')?.id).toBe('mercari-jp');
    expect(siteForHost('www.mercari.com')?.id).toBe('mercari-us');
    expect(siteForHost('rakuma.rakuten.co.jp')?.id).toBe('rakuma');
    expect(siteForHost('www.rakuten.co.jp')).toBeUndefined();
    expect(siteForHost('evil-fril.jp')).toBeUndefined();
    expect(siteForParameter('fril.jp')?.id).toBe('rakuma');
    expect(siteForParameter('yahoo.co.jp')?.id).toBe('yahoo-japan');
    expect(siteForParameter('ebay.de')?.id).toBe('ebay');
  });

  it('names the page kind of catalogued URL shapes, and of no other URL', () => {
    const kinds: [string, string, string | null][] = [
      ['fril.jp', '/login', 'login'],
      ['web.fril.jp', '/users/sign_up', 'signup'],
      ['jp.mercari.com', '/mypage/personal_info/passkeys', 'two-factor'],
      ['www.mercari.com', '/mypage/deliver_address', 'address'],
      ['account.edit.yahoo.co.jp', '/authdevice', 'two-factor'],
      ['edit.wallet.yahoo.co.jp', '/config/wallet_trans_update', 'payout'],
      // Matched in lower case, as URL paths are often written otherwise.
      ['signin.ebay.co.uk', '/ws/eBayISAPI.dll', 'login'],
      ['fril.jp', '/x-corpus/page', null],
      ['fril.jp', '/loginx', null],
      ['example.com', '/login', null],
    ];
    for (const [hostname, pathname, kind] of kinds)
      expect(catalogPageKind(hostname, pathname), hostname + pathname).toBe(kind);
  });

  it('derives least-privilege match patterns: https only, no wildcard hosts', () => {
    const patterns = catalogMatchPatterns();
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
    expect(patterns).not.toContain('https://*.profile.id.rakuten.co.jp/*'); // covered by *.id.rakuten.co.jp
  });
});
