import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#depop
export const depop: MarketplaceSite = {
  id: 'depop',
  name: { en: 'Depop', ja: 'Depop' },
  hosts: ['depop.com'],
  credentialGroup: 'depop',
  primaryDomain: 'depop.com',
  urlPatterns: { login: [/^www\.depop\.com\/login\b/], signup: [/^www\.depop\.com\/signup\b/] },
  loginUrl: { url: 'https://www.depop.com/login/', status: 'observed' },
  twoFactor: {
    methods: ['sms'],
    docs: 'https://depophelp.zendesk.com/hc/en-gb/articles/360017103878',
    status: 'dataset',
    note: {
      en: 'Two-factor can only be turned on in the app.',
      ja: '二段階認証はアプリからのみ設定できます。',
    },
  },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://depophelp.zendesk.com/', status: 'dataset' }],
};
