// Control: asks a mirror without its host permission (a CORS preflight carrying our origin).
// Everything else as shipped; the local export below takes precedence over the star export.
export * from '../../src/platform/permissions';

export async function hasHostPermission(_url: string): Promise<boolean> {
  return true;
}
