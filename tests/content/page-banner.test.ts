// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://fril.jp/busy/listing"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountFrame } from '../../src/content/frame-host';
import { initPageBanner } from '../../src/content/page-banner';
import { createPageContext, type PageContext } from '../../src/content/page-context';
import { sendToBackground } from '../../src/platform/content-messaging';
import type { PageKind } from '../../src/model/page-kinds';

vi.mock('../../src/content/frame-host', () => ({
  mountFrame: vi.fn(),
  revealFrame: vi.fn(),
  unmountFrame: vi.fn(),
  isMounted: vi.fn(() => true),
}));
// The background echoes the content's kind (no catalogued URL shape here) unless a test says otherwise.
vi.mock('../../src/platform/content-messaging', () => ({
  sendToBackground: vi.fn(async (_name: string, payload: { pageKind: string }) => ({
    pageKind: payload.pageKind,
    muted: false,
    showBanner: true,
    incidentOpen: false,
  })),
}));

const EMAIL_CHANGE = `
  <h1>メールアドレスの変更</h1>
  <form>
    <label for="new-email">新しいメールアドレス</label>
    <input id="new-email" type="email" name="email" autocomplete="email">
    <label for="current">現在のパスワード</label>
    <input id="current" type="password" name="password" autocomplete="current-password">
    <button type="submit">変更する</button>
  </form>`;

const byId = (id: string) => document.getElementById(id) as HTMLElement;

/** One tick of a never-still listing: countdown, a rich feed item in, one out, a carousel flip. */
function tick(count: number): void {
  byId('countdown').textContent = `00:59:${count % 60}`;
  const feed = document.getElementById('feed');
  if (feed) {
    const item = document.createElement('li');
    item.innerHTML = `<a href="/item/${count}"><img alt=""><h3>新着 ${count}</h3></a><button>♡ ${count}</button>`;
    feed.prepend(item);
    feed.lastElementChild?.remove();
  }
  for (const slide of document.querySelectorAll<HTMLElement>('.slide')) slide.hidden = !slide.hidden;
}

/** Lets the page tick every 40 ms for `ms`, as the busy fixture does. */
async function busyFor(ms: number, from = 0): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += 40) {
    tick(from + elapsed / 40);
    await vi.advanceTimersByTimeAsync(40);
  }
}

describe('page banner on a never-still page', () => {
  let lifetime: AbortController;
  let scans: number;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(mountFrame).mockClear();
    history.replaceState({}, '', '/busy/listing');
    document.title = 'タイムセール開催中 | ラクマ';
    document.body.innerHTML = `
      <header><a href="/busy/listing">ラクマ</a> <span id="countdown">00:59:59</span></header>
      <main id="app">
        <h1>タイムセール</h1>
        <ul id="feed">${'<li><a href="/item/0"><img alt=""><h3>スニーカー</h3></a><button>♡</button></li>'.repeat(20)}</ul>
        <div id="carousel"><div class="slide"><h3>おすすめ</h3><button>見る</button></div><div class="slide" hidden><h3>特集</h3></div></div>
      </main>`;
    lifetime = new AbortController();
    const context = createPageContext();
    scans = 0;
    context.onScan(() => scans++);
    initPageBanner(context, lifetime.signal);
  });

  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  const bannerKinds = () =>
    vi
      .mocked(mountFrame)
      .mock.calls.filter(([slot]) => slot === 'banner')
      .map(([, parameters]) => (parameters as { kind: string }).kind);

  it('does not scan again while only the countdown, feed and carousel change', async () => {
    expect(scans).toBe(1);
    await busyFor(5_000);
    expect(scans).toBe(1);
  });

  it('scans when a password field appears on the busy page (the check must not skip it)', async () => {
    await busyFor(1_000);
    byId('app').insertAdjacentHTML(
      'beforeend',
      '<form><input type="password" autocomplete="current-password"></form>',
    );
    await busyFor(1_500, 25);
    expect(scans).toBe(2);
  });

  it('scans when a dialog holding fields opens', async () => {
    byId('app').insertAdjacentHTML(
      'beforeend',
      '<dialog id="login"><input type="email"><input type="password"></dialog>',
    );
    await busyFor(2_000);
    const before = scans;
    byId('login').setAttribute('open', '');
    await busyFor(1_500, 50);
    expect(scans).toBe(before + 1);
  });

  it('scans when a class flip shows a step of fields (a wizard stepped by CSS alone)', async () => {
    byId('app').insertAdjacentHTML('beforeend', '<section id="step"><input type="email"></section>');
    await busyFor(2_000);
    const before = scans;
    byId('step').classList.add('is-current');
    await busyFor(1_500, 50);
    expect(scans).toBe(before + 1);
  });

  it('does not scan for class and style flips on boxes without fields, or on a field itself', async () => {
    byId('app').insertAdjacentHTML('beforeend', '<input id="search" type="search">');
    await busyFor(2_000);
    const before = scans;
    for (let count = 0; count < 50; count++) {
      byId('carousel').classList.toggle('is-sliding');
      byId('carousel').style.transform = `translateX(${count}px)`;
      byId('search').classList.toggle('is-focused');
      await busyFor(40, 50 + count);
    }
    expect(scans).toBe(before);
  });

  it('scans when a new open shadow root arrives, though the document shows no new field', async () => {
    await busyFor(500);
    const host = document.createElement('merc-login');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="password">';
    byId('app').append(host);
    await busyFor(1_500, 13);
    expect(scans).toBe(2);
  });

  it('shows the new kind at once after a pushState navigation, however busy the page', async () => {
    await busyFor(1_000);
    history.pushState({}, '', '/busy/settings/mail');
    byId('app').innerHTML = EMAIL_CHANGE;
    await vi.advanceTimersByTimeAsync(1);
    expect(scans).toBe(2);
    expect(bannerKinds()).toEqual(['email-change']);
  });

  it('follows fields that arrive after the URL changed, within 100 ms of their arrival', async () => {
    await busyFor(1_000);
    history.pushState({}, '', '/busy/settings/mail');
    byId('app').innerHTML = '<p>読み込み中…</p>';
    await busyFor(400, 25);
    expect(bannerKinds()).toEqual([]);
    byId('app').innerHTML = EMAIL_CHANGE;
    await busyFor(120, 40);
    expect(bannerKinds()).toEqual(['email-change']);
  });
});

describe('page banner: the background’s answer', () => {
  let lifetime: AbortController;
  let context: PageContext;
  const answer = (pageKind: PageKind | 'unknown', extra: { carryOverToken?: string } = {}) => ({
    pageKind,
    muted: false,
    showBanner: true,
    incidentOpen: false,
    ...extra,
  });
  const mounted = (slot: string) =>
    vi
      .mocked(mountFrame)
      .mock.calls.filter(([name]) => name === slot)
      .map(([, parameters]) => parameters as { kind?: string; token?: string });

  beforeEach(() => {
    vi.mocked(mountFrame).mockClear();
    vi.mocked(sendToBackground).mockClear();
    history.replaceState({}, '', '/settings/mail');
    document.body.innerHTML = EMAIL_CHANGE;
    lifetime = new AbortController();
    context = createPageContext();
  });

  afterEach(() => lifetime.abort());

  it('sends the path and shows the kind the background answers (a catalogued URL shape decides)', async () => {
    vi.mocked(sendToBackground).mockResolvedValueOnce(answer('password-change'));
    initPageBanner(context, lifetime.signal);
    expect(vi.mocked(sendToBackground).mock.calls[0]?.[1]).toEqual({
      hostname: 'fril.jp',
      pathname: '/settings/mail',
      pageKind: 'email-change',
    });
    await vi.waitFor(() => expect(mounted('banner').map(({ kind }) => kind)).toEqual(['password-change']));
    expect(context.pageKind).toBe('password-change');
  });

  it('keeps only the latest answer’s kind, but shows an overtaken answer’s carry-over warning', async () => {
    let answerFirst: (reply: ReturnType<typeof answer>) => void = () => undefined;
    vi.mocked(sendToBackground).mockImplementationOnce(
      () => new Promise((resolve) => (answerFirst = resolve)) as ReturnType<typeof sendToBackground>,
    );
    initPageBanner(context, lifetime.signal);
    history.pushState({}, '', '/settings/payout');
    document.body.innerHTML = '<h1>振込先口座</h1><form><label>口座番号<input name="account"></label></form>';
    await vi.waitFor(() => expect(mounted('banner').map(({ kind }) => kind)).toEqual(['payout']));
    answerFirst(answer('email-change', { carryOverToken: 'C'.repeat(22) }));
    await vi.waitFor(() => expect(mounted('warning').map(({ token }) => token)).toEqual(['C'.repeat(22)]));
    expect(mounted('banner').map(({ kind }) => kind)).toEqual(['payout']);
    expect(context.pageKind).toBe('payout');
  });

  it('keeps the banner it shows when a rescan reads the page anew but the answer is the same (control: a new URL mounts it again)', async () => {
    // A catalogued sign-in URL: the background names the page whatever the content reads.
    for (let reply = 0; reply < 3; reply++)
      vi.mocked(sendToBackground).mockResolvedValueOnce(answer('login'));
    history.replaceState({}, '', '/login');
    // An identifier-first sign-in: the e-mail step and a sign-up link read as a sign-up at first.
    document.body.innerHTML = `<main><h1>ログイン</h1><form id="f"><label for="e">メールアドレス</label>
      <input id="e" type="email"></form><p><a href="/signup">新規会員登録はこちら</a></p></main>`;
    initPageBanner(context, lifetime.signal);
    await vi.waitFor(() => expect(mounted('banner')).toHaveLength(1));
    // The password step arrives: the content reads the page differently and announces it again.
    byId('f').insertAdjacentHTML(
      'beforeend',
      '<label for="p">パスワード</label><input id="p" type="password"><button>ログイン</button>',
    );
    await vi.waitFor(() => expect(vi.mocked(sendToBackground)).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mounted('banner')).toHaveLength(1);
    history.pushState({}, '', '/login/step-2');
    document.body.insertAdjacentHTML('beforeend', '<p>次へ</p>');
    await vi.waitFor(() => expect(mounted('banner')).toHaveLength(2));
  });
});
