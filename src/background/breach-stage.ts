import type { PasswordVerdict } from '../model/verdict';
import { writeVerdict } from '../platform/verdict-store';

/**
 * The breach result, published before reuse is known: still `checking`, so the frame keeps
 * `data-verdict` empty and never shows `clean` for a password that turns out to be reused.
 */
export function publishBreachStage(token: string, verdict: PasswordVerdict): Promise<void> {
  return writeVerdict(token, { ...verdict, state: 'checking' });
}
