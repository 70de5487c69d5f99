/** Keeps at most two leading characters and always hides at least one. */
function visiblePrefix(text: string): string {
  const characters = [...text];
  return characters.slice(0, Math.min(2, characters.length - 1)).join('');
}

/**
 * A username as account records keep it: enough for the user to recognise the account,
 * not enough to recover it. `taro.yamada@gmail.com` → `ta***@gmail.com`.
 */
export function maskUsername(username: string | undefined): string {
  const text = (username ?? '').trim();
  if (!text) return '';
  const at = text.lastIndexOf('@');
  if (at > 0) return `${visiblePrefix(text.slice(0, at))}***${text.slice(at).toLowerCase()}`;
  return `${visiblePrefix(text)}***`;
}
