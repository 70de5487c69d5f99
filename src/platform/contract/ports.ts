import * as v from 'valibot';
import { PasswordVerdictSchema } from '../../model/verdict';
import { TokenSchema } from './messages';

/**
 * The one long-lived port. Firefox gives extension frames inside web pages neither
 * `storage.session` nor its change events, so there the warning frame opens this port, posts
 * `{ token }`, and the background pushes that token's verdict: as stored, then on every change.
 */
export const VERDICT_PORT = 'page-to-background:watch-verdict';
export const VerdictWatchSchema = v.object({ token: TokenSchema });
export const VerdictUpdateSchema = v.object({ verdict: PasswordVerdictSchema });
export type VerdictUpdate = v.InferOutput<typeof VerdictUpdateSchema>;
