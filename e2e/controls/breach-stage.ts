// Control: publishes the breach result as final, before reuse is known (the old `clean` flash).
import type { PasswordVerdict } from '../../src/model/verdict';
import { writeVerdict } from '../../src/platform/verdict-store';

export function publishBreachStage(token: string, verdict: PasswordVerdict): Promise<void> {
  return writeVerdict(token, { ...verdict, state: 'done' });
}
