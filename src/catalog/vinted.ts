import type { MarketplaceSite } from '../model/marketplace';

// Domains and 2FA: 2fa.directory (MIT). Login and change-password paths: marketplace-url-facts.json
// and Apple's change-password URLs (MIT).
export const vinted: MarketplaceSite = {
  id: 'vinted',
  name: { en: 'Vinted', ja: 'Vinted' },
  hosts: [
    'vinted.com',
    'vinted.at',
    'vinted.be',
    'vinted.cz',
    'vinted.de',
    'vinted.dk',
    'vinted.es',
    'vinted.fi',
    'vinted.fr',
    'vinted.gr',
    'vinted.hr',
    'vinted.hu',
    'vinted.ie',
    'vinted.it',
    'vinted.lt',
    'vinted.lu',
    'vinted.nl',
    'vinted.pl',
    'vinted.ro',
    'vinted.se',
    'vinted.sk',
    'vinted.co.uk',
  ],
  credentialGroup: 'vinted',
  primaryDomain: 'vinted.com',
  urlPatterns: {
    login: [/^www\.vinted\.[a-z.]+\/member\/login\b/],
    signup: [/^www\.vinted\.[a-z.]+\/member\/signup\b/],
    'password-change': [/^www\.vinted\.[a-z.]+\/member\/general\/change_password\b/],
  },
  changePasswordUrl: { url: 'https://www.vinted.fr/member/general/change_password', status: 'dataset' },
  twoFactor: { methods: ['sms', 'email'], docs: 'https://www.vinted.com/help/15/537', status: 'dataset' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://www.vinted.com/help', status: 'unverified' }],
};
