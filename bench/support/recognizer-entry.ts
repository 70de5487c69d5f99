// Exposes the real recognizer and fact reader to the benchmark page; built by global-setup, never shipped.
import { readAccountFacts } from '../../src/content/account-fact-reader';
import { recognizePage } from '../../src/content/recognizer';

Object.assign(globalThis, { furimaBench: { recognizePage, readAccountFacts } });
