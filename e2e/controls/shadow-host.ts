// Control: an open shadow root, which the page can walk into.
export function createShadowHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('div');
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}
