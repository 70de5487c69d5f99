import type { MarketplaceSite } from '../model/marketplace';

// All eBay country domains share one login.
// Facts and their sources: docs/catalog-sources.md#ebay
export const EBAY_DOMAINS = [
  'ebay.com',
  'ebay.at',
  'ebay.be',
  'ebay.ca',
  'ebay.ch',
  'ebay.cn',
  'ebay.co.th',
  'ebay.co.uk',
  'ebay.com.au',
  'ebay.com.hk',
  'ebay.com.my',
  'ebay.com.sg',
  'ebay.com.tw',
  'ebay.de',
  'ebay.es',
  'ebay.fr',
  'ebay.ie',
  'ebay.in',
  'ebay.it',
  'ebay.nl',
  'ebay.ph',
  'ebay.pl',
  'ebay.vn',
  'ebay.co.jp',
] as const;

export const ebay: MarketplaceSite = {
  id: 'ebay',
  name: { en: 'eBay', ja: 'eBay' },
  hosts: EBAY_DOMAINS,
  credentialGroup: 'ebay',
  primaryDomain: 'ebay.com',
  urlPatterns: {
    login: [/^signin\.ebay\.[a-z.]+\/(ws\/ebayisapi\.dll|signin)/, /^www\.ebay\.[a-z.]+\/signin\b/],
    signup: [/^signup\.ebay\.[a-z.]+\//],
    'password-change': [/^accounts\.ebay\.[a-z.]+\/acctsec\/security-center\/chngpwd\b/],
  },
  loginUrl: { url: 'https://signin.ebay.com/signin', status: 'observed' },
  changePasswordUrl: { url: 'https://accounts.ebay.com/acctsec/security-center/chngpwd', status: 'dataset' },
  accountPages: [
    // Account settings > Personal info; not checked against the live site.
    {
      url: 'https://accountsettings.ebay.com/profile',
      facts: ['email', 'phone', 'address'],
      status: 'unverified',
    },
  ],
  twoFactor: {
    methods: ['sms', 'totp', 'app'],
    docs: 'https://www.ebay.com/help/account/protecting-account/tips-keeping-ebay-account-secure?id=4872#section2',
    status: 'dataset',
  },
  passkeys: {
    supported: true,
    docs: 'https://www.ebay.com/help/account/signing-account/signing-account?id=4189#section2',
    status: 'dataset',
  },
  support: [{ kind: 'help-center', value: 'https://www.ebay.com/help/home', status: 'unverified' }],
};
