// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageSignature } from '../../src/content/page-signature';

const signature = (roots: (Document | ShadowRoot)[] = [document]) => pageSignature(roots);

/** A listing like the busy fixture: a countdown, a feed of rich cards and a carousel of slides. */
function listing(): void {
  document.title = 'タイムセール | ラクマ';
  document.body.innerHTML = `
    <header><a href="/">ラクマ</a> <span id="countdown">00:59:59</span></header>
    <main id="app">
      <h1>タイムセール</h1>
      <ul id="feed">${'<li><a href="/item/1"><img alt=""><h3>スニーカー</h3></a><button>♡ 3</button></li>'.repeat(5)}</ul>
      <div id="carousel"><div class="slide"><h3>おすすめ 0</h3><button>見る</button></div><div class="slide" hidden><h3>おすすめ 1</h3></div></div>
    </main>`;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('page signature (the cheap check before a full scan)', () => {
  beforeEach(() => {
    history.replaceState({}, '', '/busy/listing');
    listing();
  });

  it('stays the same while a listing ticks: countdown, feed items with headings and buttons, carousel flips', () => {
    const before = signature();
    for (let tick = 0; tick < 5; tick++) {
      byId('countdown').textContent = `00:59:${50 - tick}`;
      const item = document.createElement('li');
      item.innerHTML = `<a href="/item/${tick}"><img alt=""><h3>新着 ${tick}</h3></a><button>♡</button>`;
      byId('feed').prepend(item);
      byId('feed').lastElementChild?.remove();
      const [first, second] = Array.from(byId('carousel').children) as HTMLElement[];
      first!.hidden = !first!.hidden;
      second!.hidden = !second!.hidden;
    }
    expect(signature()).toBe(before);
  });

  // Each of these changes the page kind on real pages; a signature blind to one would skip its scan.
  const realChanges: [string, () => void][] = [
    [
      'a password field appears',
      () => byId('app').insertAdjacentHTML('beforeend', '<form><input type="password"></form>'),
    ],
    [
      'a field appears',
      () => byId('app').insertAdjacentHTML('beforeend', '<input type="email" name="email">'),
    ],
    [
      'a hidden step holding a password is revealed',
      () => {
        byId('app').insertAdjacentHTML('beforeend', '<div id="step" hidden><input type="password"></div>');
        const withHiddenStep = signature();
        byId('step').hidden = false;
        expect(signature()).not.toBe(withHiddenStep);
      },
    ],
    [
      'a closed dialog opens',
      () => {
        byId('app').insertAdjacentHTML('beforeend', '<dialog id="login"><input type="email"></dialog>');
        const closed = signature();
        byId('login').setAttribute('open', '');
        expect(signature()).not.toBe(closed);
      },
    ],
    [
      'a dialog without fields is added',
      () => byId('app').insertAdjacentHTML('beforeend', '<div role="dialog">x</div>'),
    ],
    ['the URL changes (pushState)', () => history.pushState({}, '', '/busy/settings/mail')],
    ['the top heading changes', () => (document.querySelector('h1')!.textContent = 'メールアドレスの変更')],
    ['the title changes', () => (document.title = 'ログイン | ラクマ')],
    [
      'a field turns into a password field',
      () => {
        byId('app').insertAdjacentHTML('beforeend', '<input id="pw" type="text">');
        const asText = signature();
        byId('pw').setAttribute('type', 'password');
        expect(signature()).not.toBe(asText);
      },
    ],
  ];
  for (const [change, apply] of realChanges) {
    it(`changes when ${change}`, () => {
      const before = signature();
      apply();
      expect(signature()).not.toBe(before);
    });
  }

  it('counts the fields of the shadow roots it is given', () => {
    const host = document.createElement('merc-login');
    byId('app').append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const before = signature([document, shadow]);
    shadow.innerHTML = '<input type="password">';
    expect(signature([document, shadow])).not.toBe(before);
  });
});
