import { isPageKind } from '../shared/page-kinds';

/** Small validators for message payloads: a message is data from another context, not trusted types. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isHostname(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && /^[a-z0-9.-]+$/i.test(value);
}

export function isToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value);
}

export function isPageKindOrUnknown(value: unknown): boolean {
  return value === 'unknown' || isPageKind(value);
}
