// Exposes the real recognizer to the benchmark page; built by global-setup, never shipped.
import { recognizePage } from '../../src/content/recognizer';
import { siteForHost } from '../../src/catalog/catalog';

Object.assign(globalThis, { furimaBench: { recognizePage, siteForHost } });
