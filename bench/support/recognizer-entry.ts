// Exposes the real recognizer and fact reader to the benchmark page; built by global-setup, never shipped.
import { readAccountFacts } from '../../src/content/account-fact-reader';
import { recognizePage } from '../../src/content/recognizer';
import { siteForHost } from '../../src/catalog/catalog';

Object.assign(globalThis, { furimaBench: { recognizePage, siteForHost, readAccountFacts } });
