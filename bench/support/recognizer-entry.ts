// Exposes the real recognizer to the benchmark page; built by global-setup, never shipped.
import { recognizePage } from '../../src/content/recognizer';
import { siteForHost } from '../../src/sites/catalog';

Object.assign(globalThis, { furimaBench: { recognizePage, siteForHost } });
