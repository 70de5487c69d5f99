/**
 * The element our frames hang from, with a closed shadow root: the page gets no reference to
 * what is inside (`host.shadowRoot` is null), so it can find neither the frame nor its URL.
 */
export function createShadowHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('div');
  return { host, shadow: host.attachShadow({ mode: 'closed' }) };
}
