import type { Plugin } from 'vite';

const PREACT_BUNDLE = /\/node_modules\/preact\/dist\/preact\.mjs$/;
/** Preact's one write of a `dangerouslySetInnerHTML` string into the DOM, e.g. `(t.innerHTML=h.__html)`. */
const INNER_HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * No markup string ever becomes DOM in our pages: every text goes through JSX as text. Preact still
 * ships the `dangerouslySetInnerHTML` path, which Mozilla's linter rightly flags as an unsafe
 * assignment, so the build replaces that write with a throw. The build fails if Preact's bundle
 * changes shape, rather than silently keeping the path.
 */
export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'furima-guard:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id.split('?')[0] ?? '')) return null;
      const writes = code.match(INNER_HTML_WRITE)?.length ?? 0;
      if (writes !== 1) this.error(`expected one innerHTML write in ${id}, found ${writes}`);
      return {
        code: code.replace(
          INNER_HTML_WRITE,
          '(()=>{throw new TypeError("dangerouslySetInnerHTML is disabled in this extension")})()',
        ),
        map: null,
      };
    },
  };
}
