import type { MarketplaceSite } from '../model/marketplace';

// Facebook Marketplace uses the Facebook login.
// Facts and their sources: docs/catalog-sources.md#facebook
export const facebook: MarketplaceSite = {
  id: 'facebook',
  name: { en: 'Facebook Marketplace', ja: 'Facebookマーケットプレイス' },
  hosts: ['facebook.com', 'messenger.com'],
  credentialGroup: 'facebook',
  primaryDomain: 'facebook.com',
  urlPatterns: { login: [/^(www\.|m\.)?facebook\.com\/login\b/] },
  loginUrl: { url: 'https://www.facebook.com/login', status: 'observed' },
  changePasswordUrl: {
    url: 'https://accountscenter.facebook.com/password_and_security/password/change',
    status: 'dataset',
  },
  twoFactor: {
    methods: ['sms', 'totp', 'u2f'],
    docs: 'https://www.facebook.com/help/148233965247823',
    status: 'dataset',
  },
  passkeys: { supported: true, docs: 'https://www.facebook.com/help/1181045243159511', status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://www.facebook.com/hacked', status: 'unverified' }],
};
