import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#carousell
export const carousell: MarketplaceSite = {
  id: 'carousell',
  name: { en: 'Carousell', ja: 'Carousell' },
  hosts: [
    'carousell.sg',
    'carousell.com',
    'carousell.com.my',
    'carousell.ph',
    'carousell.com.hk',
    'carousell.tw',
  ],
  credentialGroup: 'carousell',
  primaryDomain: 'carousell.sg',
  urlPatterns: { login: [/^www\.carousell\.[a-z.]+\/login\b/] },
  loginUrl: { url: 'https://www.carousell.sg/login/', status: 'observed' },
  twoFactor: { methods: [], status: 'unverified' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://support.carousell.com/', status: 'unverified' }],
};
