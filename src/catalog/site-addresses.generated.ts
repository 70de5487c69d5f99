// Generated from src/catalog/ by tests/catalog/site-addresses.test.ts: do not edit. After changing a
// site's hosts or URL patterns run: UPDATE_SITE_ADDRESSES=1 npx vitest run tests/catalog/site-addresses.test.ts
import type { SiteAddress } from '../model/marketplace';

export const GENERATED_SITE_ADDRESSES: readonly SiteAddress[] = [
  {
    id: 'rakuma',
    hosts: ['fril.jp', 'rakuma.rakuten.co.jp'],
    urlPatterns: {
      'login': [/^(www\.|web\.)?fril\.jp\/(login|users\/sign_in)\b/],
      'signup': [/^(www\.|web\.)?fril\.jp\/(signup|users\/sign_up)\b/],
    },
  },
  {
    id: 'rakuten-id',
    hosts: ['login.account.rakuten.com', 'id.rakuten.co.jp', 'grp01.id.rakuten.co.jp', 'profile.id.rakuten.co.jp'],
    urlPatterns: {
      'login': [/^login\.account\.rakuten\.com\/sso\//, /^grp\d+\.id\.rakuten\.co\.jp\/rms\/nid\/login/],
      'password-change': [/^profile\.id\.rakuten\.co\.jp\/account-security\/password/],
    },
  },
  {
    id: 'mercari-jp',
    hosts: ['jp.mercari.com'],
    urlPatterns: {
      'login': [/^login\.jp\.mercari\.com\//, /^jp\.mercari\.com\/(login|signin)\b/],
      'signup': [/^jp\.mercari\.com\/signup\b/],
      'two-factor': [/^jp\.mercari\.com\/mypage\/personal_info\/passkeys\b/],
    },
  },
  {
    id: 'mercari-us',
    hosts: ['www.mercari.com'],
    urlPatterns: {
      'login': [/^www\.mercari\.com\/login\b/],
      'signup': [/^www\.mercari\.com\/signup\b/],
      'password-change': [/^www\.mercari\.com\/mypage\/email_password\b/],
      'address': [/^www\.mercari\.com\/mypage\/deliver_address\b/],
    },
  },
  {
    id: 'yahoo-japan',
    hosts: ['paypayfleamarket.yahoo.co.jp', 'paypayfleamarket-sec.yahoo.co.jp', 'auctions.yahoo.co.jp', 'login.yahoo.co.jp', 'account.edit.yahoo.co.jp', 'accounts.yahoo.co.jp', 'salesmanagement.yahoo.co.jp', 'edit.wallet.yahoo.co.jp', 'id.yahoo.co.jp'],
    urlPatterns: {
      'login': [/^login\.yahoo\.co\.jp\/config\/login\b/],
      'password-change': [/^account\.edit\.yahoo\.co\.jp\/change_pw\b/],
      'two-factor': [/^account\.edit\.yahoo\.co\.jp\/authdevice\b/],
      'payout': [/^edit\.wallet\.yahoo\.co\.jp\/config\/wallet_trans_update\b/],
    },
  },
  {
    id: 'ebay',
    hosts: ['ebay.com', 'ebay.at', 'ebay.be', 'ebay.ca', 'ebay.ch', 'ebay.cn', 'ebay.co.th', 'ebay.co.uk', 'ebay.com.au', 'ebay.com.hk', 'ebay.com.my', 'ebay.com.sg', 'ebay.com.tw', 'ebay.de', 'ebay.es', 'ebay.fr', 'ebay.ie', 'ebay.in', 'ebay.it', 'ebay.nl', 'ebay.ph', 'ebay.pl', 'ebay.vn', 'ebay.co.jp'],
    urlPatterns: {
      'login': [/^signin\.ebay\.[a-z.]+\/(ws\/ebayisapi\.dll|signin)/, /^www\.ebay\.[a-z.]+\/signin\b/],
      'signup': [/^signup\.ebay\.[a-z.]+\//],
      'password-change': [/^accounts\.ebay\.[a-z.]+\/acctsec\/security-center\/chngpwd\b/],
    },
  },
  {
    id: 'vinted',
    hosts: ['vinted.com', 'vinted.at', 'vinted.be', 'vinted.cz', 'vinted.de', 'vinted.dk', 'vinted.es', 'vinted.fi', 'vinted.fr', 'vinted.gr', 'vinted.hr', 'vinted.hu', 'vinted.ie', 'vinted.it', 'vinted.lt', 'vinted.lu', 'vinted.nl', 'vinted.pl', 'vinted.ro', 'vinted.se', 'vinted.sk', 'vinted.co.uk'],
    urlPatterns: {
      'login': [/^www\.vinted\.[a-z.]+\/member\/login\b/],
      'signup': [/^www\.vinted\.[a-z.]+\/member\/signup\b/],
      'password-change': [/^www\.vinted\.[a-z.]+\/member\/general\/change_password\b/],
    },
  },
  {
    id: 'poshmark',
    hosts: ['poshmark.com', 'poshmark.ca'],
    urlPatterns: {
      'login': [/^poshmark\.(com|ca)\/login\b/],
      'signup': [/^poshmark\.(com|ca)\/signup\b/],
    },
  },
  {
    id: 'depop',
    hosts: ['depop.com'],
    urlPatterns: {
      'login': [/^www\.depop\.com\/login\b/],
      'signup': [/^www\.depop\.com\/signup\b/],
    },
  },
  {
    id: 'etsy',
    hosts: ['etsy.com'],
    urlPatterns: {
      'login': [/^www\.etsy\.com\/signin\b/],
      'password-change': [/^www\.etsy\.com\/your\/account\/password\b/],
    },
  },
  {
    id: 'facebook',
    hosts: ['facebook.com', 'messenger.com'],
    urlPatterns: {
      'login': [/^(www\.|m\.)?facebook\.com\/login\b/],
    },
  },
  {
    id: 'carousell',
    hosts: ['carousell.sg', 'carousell.com', 'carousell.com.my', 'carousell.ph', 'carousell.com.hk', 'carousell.tw'],
    urlPatterns: {
      'login': [/^www\.carousell\.[a-z.]+\/login\b/],
    },
  },
  {
    id: 'offerup',
    hosts: ['offerup.com'],
    urlPatterns: {
      'login': [/^offerup\.com\/login\b/, /^www\.offerup\.com\/login\b/],
    },
  },
  {
    id: 'kleinanzeigen',
    hosts: ['kleinanzeigen.de', 'ebay-kleinanzeigen.de'],
    urlPatterns: {
      'login': [/^www\.(ebay-)?kleinanzeigen\.de\/m-einloggen\b/],
    },
  },
  {
    id: 'leboncoin',
    hosts: ['leboncoin.fr'],
    urlPatterns: {
      'login': [/^auth\.leboncoin\.fr\/login\b/],
    },
  },
  {
    id: 'wallapop',
    hosts: ['wallapop.com'],
    urlPatterns: {
      'login': [/^[a-z]{2}\.wallapop\.com\/login\b/],
    },
  },
  {
    id: 'jimoty',
    hosts: ['jmty.jp'],
    urlPatterns: {
      'login': [/^jmty\.jp\/users\/sign_in\b/],
      'signup': [/^jmty\.jp\/users\/sign_up\b/],
    },
  },
];
