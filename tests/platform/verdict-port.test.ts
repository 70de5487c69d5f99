import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { VERDICT_PORT } from '../../src/platform/contract/ports';
import { serveVerdictWatchers, writeVerdict } from '../../src/platform/verdict-store';
import type { PasswordVerdict } from '../../src/model/verdict';

type Listener = (...args: unknown[]) => void;
const connectListeners: ((port: Runtime.Port) => void)[] = [];
const runtime = (globalThis as unknown as { browser: { runtime: Record<string, unknown> } }).browser.runtime;
runtime.onConnect = {
  addListener: (listener: (port: Runtime.Port) => void) => connectListeners.push(listener),
};
serveVerdictWatchers();

/** A port as the background sees it: what it posts, whether it cut the line, and the frame's side. */
function connectFrom(url: string) {
  const posted: unknown[] = [];
  const onMessage: Listener[] = [];
  const onDisconnect: Listener[] = [];
  let disconnected = false;
  const port = {
    name: VERDICT_PORT,
    sender: { id: 'furima-guard-test', url },
    postMessage: (message: unknown) => posted.push(structuredClone(message)),
    disconnect: () => {
      disconnected = true;
    },
    onMessage: { addListener: (listener: Listener) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: Listener) => onDisconnect.push(listener) },
  } as unknown as Runtime.Port;
  for (const listener of connectListeners) listener(port);
  return {
    posted,
    disconnected: () => disconnected,
    send: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    close: () => onDisconnect.forEach((listener) => listener()),
  };
}

const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAA';
const verdict = (state: PasswordVerdict['state'], tokens: PasswordVerdict['tokens']): PasswordVerdict => ({
  state,
  tokens,
  fieldRole: 'current',
  hostname: 'fril.jp',
  credentialGroup: 'rakuma',
  siteId: 'rakuma',
  checkedAt: 1,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('verdict port (Firefox warning frames)', () => {
  it('gives our own page the stored verdict, then each change, until the port closes', async () => {
    await writeVerdict(TOKEN, verdict('checking', []));
    const frame = connectFrom(`chrome-extension://furima-guard-test/src/pages/warning/warning.html`);
    frame.send({ token: TOKEN });
    await settle();
    await writeVerdict(TOKEN, verdict('done', ['breached']));
    await settle();
    frame.close();
    await writeVerdict(TOKEN, verdict('done', ['breached', 'reused']));
    await settle();
    expect(frame.posted).toEqual([
      { verdict: verdict('checking', []) },
      { verdict: verdict('done', ['breached']) },
    ]);
  });

  it('refuses a web page (control: the same request from our page is served above)', async () => {
    await writeVerdict(TOKEN, verdict('done', ['breached']));
    const page = connectFrom('https://fril.jp/login');
    page.send({ token: TOKEN });
    await settle();
    expect(page.disconnected()).toBe(true);
    expect(page.posted).toEqual([]);
  });
});
