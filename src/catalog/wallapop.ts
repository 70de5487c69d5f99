import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#wallapop
export const wallapop: MarketplaceSite = {
  id: 'wallapop',
  name: { en: 'Wallapop', ja: 'Wallapop' },
  hosts: ['wallapop.com'],
  credentialGroup: 'wallapop',
  primaryDomain: 'wallapop.com',
  urlPatterns: { login: [/^[a-z]{2}\.wallapop\.com\/login\b/] },
  loginUrl: { url: 'https://es.wallapop.com/login', status: 'observed' },
  twoFactor: {
    methods: ['sms', 'email'],
    docs: 'https://ayuda.wallapop.com/hc/articles/7727995450129',
    status: 'dataset',
  },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://ayuda.wallapop.com/', status: 'dataset' }],
};
