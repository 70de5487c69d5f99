import * as v from 'valibot';
import { PAGE_KINDS } from '../../model/page-kinds';
import { TokenSchema } from './messages';

import type { FrameSlot } from './frame-pages';

export { FRAME_PAGES, type FrameSlot } from './frame-pages';

/**
 * The URL parameters each frame page takes. A frame URL never carries a verdict: the warning
 * reads it from memory by its random token.
 */
export const FRAME_PARAMETERS = {
  warning: v.object({ token: TokenSchema, frame: TokenSchema }),
  banner: v.object({
    kind: v.picklist(PAGE_KINDS),
    host: v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i)),
    incident: v.picklist(['open', 'none']),
    frame: TokenSchema,
  }),
  /** The alert's facts and dates are read from memory by `alert`, a random token. */
  alert: v.object({ alert: TokenSchema, frame: TokenSchema }),
} as const;

export type FrameParameters<S extends FrameSlot> = v.InferOutput<(typeof FRAME_PARAMETERS)[S]>;

/** This frame's parameters, parsed from its own URL; undefined when they are not ours. */
export function readFrameParameters<S extends FrameSlot>(
  slot: S,
  search: string,
): FrameParameters<S> | undefined {
  const parsed = v.safeParse(FRAME_PARAMETERS[slot], Object.fromEntries(new URLSearchParams(search)));
  return parsed.success ? (parsed.output as FrameParameters<S>) : undefined;
}
