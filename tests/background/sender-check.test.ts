import { describe, expect, it } from 'vitest';
import { claimedHostMatches, senderProblem } from '../../src/background/sender-check';

const ID = 'ourextensionid';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('senderProblem', () => {
  it('accepts our content script for content messages and our pages for page messages', () => {
    expect(
      senderProblem(
        'content-to-background:check-password',
        { id: ID, tab, url: 'https://fril.jp/login' },
        ID,
        ORIGIN,
      ),
    ).toBeNull();
    expect(
      senderProblem(
        'page-to-background:mute-site',
        { id: ID, url: `${ORIGIN}src/pages/warning/warning.html` },
        ID,
        ORIGIN,
      ),
    ).toBeNull();
  });

  it('refuses other extensions, pages posing as content scripts, and content scripts posing as pages', () => {
    expect(
      senderProblem(
        'content-to-background:check-password',
        { id: 'other', tab, url: 'https://fril.jp/' },
        ID,
        ORIGIN,
      ),
    ).toMatch(/not this extension/);
    expect(
      senderProblem(
        'content-to-background:check-password',
        { id: ID, url: `${ORIGIN}src/popup/popup.html` },
        ID,
        ORIGIN,
      ),
    ).toMatch(/not a content script/);
    expect(
      senderProblem('page-to-background:mute-site', { id: ID, tab, url: 'https://fril.jp/' }, ID, ORIGIN),
    ).toMatch(/not an extension page/);
  });

  it('lets a content script speak only for its own frame host', () => {
    expect(claimedHostMatches('fril.jp', { url: 'https://fril.jp/login' })).toBe(true);
    expect(claimedHostMatches('jp.mercari.com', { url: 'https://fril.jp/login' })).toBe(false);
    expect(claimedHostMatches('fril.jp', {})).toBe(false);
  });

  it('takes content messages only from http and https pages of a tab', () => {
    const fromUrl = (url: string | undefined) =>
      senderProblem('content-to-background:check-password', { id: ID, tab, url }, ID, ORIGIN);
    expect(fromUrl('http://fril.jp/login')).toBeNull();
    expect(fromUrl('https://fril.jp/login')).toBeNull();
    expect(fromUrl('file:///home/https://fril.jp/')).toMatch(/not a content script/);
    expect(fromUrl(undefined)).toMatch(/not a content script/);
    expect(
      senderProblem('content-to-background:check-password', { id: ID, url: 'https://fril.jp/' }, ID, ORIGIN),
    ).toMatch(/not a content script/);
  });
});
