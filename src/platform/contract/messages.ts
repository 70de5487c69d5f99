import * as v from 'valibot';
import { FACT_SLOTS } from '../../model/account-facts';
import { PAGE_KINDS } from '../../model/page-kinds';
import { SentinelAlertSchema } from './storage-items';

/**
 * Every runtime message in both directions, with its request and reply schemas. The name's prefix
 * says who sends it (`content-to-background`, `page-to-background` for our own extension pages,
 * `background-to-content`); the receiver parses the payload and checks the sender against it.
 */

const hostname = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i));
/** 128 random bits, URL-safe base64: names a verdict or a frame without revealing anything. */
export const TokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const pageKindOrUnknown = v.picklist([...PAGE_KINDS, 'unknown']);
const ok = v.object({ ok: v.literal(true) });

export const MESSAGES = {
  'content-to-background:check-password': {
    request: v.object({
      /** Random id chosen by the content script; the warning frame reads the verdict by it. */
      token: TokenSchema,
      hostname,
      pageKind: pageKindOrUnknown,
      fieldRole: v.picklist(['current', 'new']),
      password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
      username: v.optional(v.pipe(v.string(), v.maxLength(320))),
    }),
    /**
     * `show`: mount the warning frame (always on marketplaces; on other sites only for a match).
     * `retry-later`: the breach check could not run; `rate-limited`: too many checks from this tab.
     */
    reply: v.object({ outcome: v.picklist(['final', 'retry-later', 'rate-limited']), show: v.boolean() }),
  },
  'content-to-background:page-seen': {
    /** `pageKind`: what the page's content says; `pathname`: where it is, for the catalog's URL shapes. */
    request: v.object({
      hostname,
      pathname: v.pipe(v.string(), v.maxLength(2048), v.startsWith('/')),
      pageKind: pageKindOrUnknown,
    }),
    /**
     * `pageKind`: the page's kind, the catalog's where a catalogued URL shape names one (the
     * content script keeps no catalog). `carryOverToken`: the check from the previous page of this
     * tab, which navigated away first.
     */
    reply: v.object({
      pageKind: pageKindOrUnknown,
      showBanner: v.boolean(),
      incidentOpen: v.boolean(),
      muted: v.boolean(),
      carryOverToken: v.optional(TokenSchema),
    }),
  },
  'content-to-background:show-warning-in-top-frame': {
    request: v.object({ hostname, token: TokenSchema, frameId: TokenSchema }),
    reply: v.object({ shown: v.boolean() }),
  },
  'content-to-background:account-facts-seen': {
    /**
     * Registered facts as the page displays them, in memory only: the background keeps keyed
     * digests and never the values. `alertToken`: show the account-changed alert with it.
     */
    request: v.object({
      hostname,
      facts: v.pipe(
        v.array(v.tuple([v.picklist(FACT_SLOTS), v.pipe(v.string(), v.minLength(1), v.maxLength(300))])),
        v.minLength(1),
        v.maxLength(24),
      ),
    }),
    reply: v.object({ alertToken: v.optional(TokenSchema) }),
  },
  'content-to-background:account-change-submitted': {
    /** The user really submitted the site's form that changes these facts (see account-facts.ts). */
    request: v.object({
      hostname,
      pageKind: pageKindOrUnknown,
      /** The labels of the fields the user typed into (never their values). */
      fieldLabels: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.minLength(1), v.maxLength(40)),
    }),
    reply: ok,
  },
  'page-to-background:answer-account-change': {
    /** The alert's two actions: "It was me" accepts, "This wasn't me" opens the response page. */
    request: v.object({ alertToken: TokenSchema, answer: v.picklist(['it-was-me', 'hijacked']) }),
    reply: ok,
  },
  'page-to-background:read-sentinel-alert': {
    /** Firefox gives extension frames inside web pages no `storage.session`: the alert frame asks. */
    request: v.object({ alertToken: TokenSchema }),
    reply: v.object({ alert: v.nullable(SentinelAlertSchema) }),
  },
  'page-to-background:dismiss-banner': {
    request: v.object({ hostname, pageKind: v.picklist(PAGE_KINDS) }),
    reply: ok,
  },
  'page-to-background:close-frame': {
    request: v.object({ frameId: TokenSchema }),
    reply: ok,
  },
  'page-to-background:mute-site': {
    request: v.object({ hostname, muted: v.boolean() }),
    reply: ok,
  },
  'background-to-content:close-frame': {
    request: v.object({ frameId: TokenSchema }),
    reply: v.object({ closed: v.boolean() }),
  },
  'background-to-content:mount-warning': {
    request: v.object({ token: TokenSchema, frameId: TokenSchema }),
    reply: v.object({ shown: v.boolean() }),
  },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]['request']>;
export type ReplyOf<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]['reply']>;
export type BackgroundBoundName = Exclude<MessageName, `background-to-content:${string}`>;
export type ContentBoundName = Extract<MessageName, `background-to-content:${string}`>;

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  payload: RequestOf<N>;
}

/** Who may send a message, read off its name. */
export function expectedSender(name: MessageName): 'content' | 'extension-page' | 'background' {
  if (name.startsWith('content-to-background:')) return 'content';
  if (name.startsWith('page-to-background:')) return 'extension-page';
  return 'background';
}

export function isMessageName(value: unknown): value is MessageName {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

/** The envelope with its payload parsed, or null: a message is data from another context. */
export function parseEnvelope(message: unknown): { [N in MessageName]: Envelope<N> }[MessageName] | null {
  if (typeof message !== 'object' || message === null) return null;
  const { name, payload } = message as { name?: unknown; payload?: unknown };
  if (!isMessageName(name)) return null;
  const parsed = v.safeParse(MESSAGES[name].request, payload);
  return parsed.success
    ? ({ name, payload: parsed.output } as { [N in MessageName]: Envelope<N> }[MessageName])
    : null;
}

/** A reply parsed with its schema; refusals (`{ error }`) and malformed replies throw. */
export function parseReply<N extends MessageName>(name: N, reply: unknown): ReplyOf<N> {
  const parsed = v.safeParse(MESSAGES[name].reply, reply);
  if (parsed.success) return parsed.output as ReplyOf<N>;
  const refusal = v.safeParse(v.object({ error: v.string() }), reply);
  throw new Error(`${name} refused: ${refusal.success ? refusal.output.error : 'malformed reply'}`);
}
