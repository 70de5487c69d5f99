// Control: asks a mirror without its host permission (a CORS preflight carrying our origin).
import * as real from '../../src/platform/permissions';

export const {
  originPattern,
  requestHostPermission,
  ALL_SITES,
  hasAllSitesPermission,
  requestAllSitesPermission,
  removeAllSitesPermission,
} = real;

export async function hasHostPermission(_url: string): Promise<boolean> {
  return true;
}
