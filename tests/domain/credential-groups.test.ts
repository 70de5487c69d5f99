import { describe, expect, it } from 'vitest';
import { credentialGroupOf, registrableDomain } from '../../src/domain/credential-groups';

describe('registrableDomain', () => {
  it.each([
    ['web.fril.jp', 'fril.jp'],
    ['paypayfleamarket.yahoo.co.jp', 'yahoo.co.jp'],
    ['www.ebay.co.uk', 'ebay.co.uk'],
    ['shop.example.co.jp', 'example.co.jp'],
    ['xn--eckwd4c7c.xn--zckzah', 'xn--eckwd4c7c.xn--zckzah'],
    ['FRIL.JP.', 'fril.jp'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('credentialGroupOf', () => {
  it('puts every eBay country domain in one group', () => {
    const groups = new Set(
      ['www.ebay.com', 'signin.ebay.de', 'www.ebay.co.uk', 'signin.ebay.co.jp', 'www.ebay.com.au'].map(
        credentialGroupOf,
      ),
    );
    expect([...groups]).toEqual(['ebay']);
  });

  it('shares one Yahoo! JAPAN ID between Flea Market, Auctions and the login host', () => {
    expect(credentialGroupOf('paypayfleamarket.yahoo.co.jp')).toBe('yahoo-japan-id');
    expect(credentialGroupOf('auctions.yahoo.co.jp')).toBe('yahoo-japan-id');
    expect(credentialGroupOf('login.yahoo.co.jp')).toBe('yahoo-japan-id');
  });

  it('keeps Rakuten ID apart from Rakuma, and Mercari Japan apart from Mercari US', () => {
    expect(credentialGroupOf('fril.jp')).toBe('rakuma');
    expect(credentialGroupOf('rakuma.rakuten.co.jp')).toBe('rakuma');
    expect(credentialGroupOf('login.account.rakuten.com')).toBe('rakuten-id');
    expect(credentialGroupOf('profile.id.rakuten.co.jp')).toBe('rakuten-id');
    expect(credentialGroupOf('login.jp.mercari.com')).toBe('mercari-jp');
    expect(credentialGroupOf('www.mercari.com')).toBe('mercari-us');
  });

  it('groups uncatalogued sites by registrable domain', () => {
    expect(credentialGroupOf('login.example.co.jp')).toBe('domain:example.co.jp');
    expect(credentialGroupOf('www.example.co.jp')).toBe('domain:example.co.jp');
    expect(credentialGroupOf('news.yahoo.co.jp')).toBe('domain:yahoo.co.jp');
  });
});
