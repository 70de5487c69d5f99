import type { MarketplaceSite } from '../model/marketplace';

// Facts and their sources: docs/catalog-sources.md#jimoty
export const jimoty: MarketplaceSite = {
  id: 'jimoty',
  name: { en: 'Jimoty', ja: 'ジモティー' },
  hosts: ['jmty.jp'],
  credentialGroup: 'jimoty',
  primaryDomain: 'jmty.jp',
  urlPatterns: { login: [/^jmty\.jp\/users\/sign_in\b/], signup: [/^jmty\.jp\/users\/sign_up\b/] },
  loginUrl: { url: 'https://jmty.jp/users/sign_in', status: 'observed' },
  twoFactor: { methods: [], status: 'unverified' },
  passkeys: { supported: false, status: 'dataset' },
  support: [{ kind: 'help-center', value: 'https://jmty.jp/about/help', status: 'unverified' }],
};
