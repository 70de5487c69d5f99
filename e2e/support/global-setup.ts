import { rmSync } from 'node:fs';
import { AUDIT_DIR } from './audit';

export default function globalSetup(): void {
  rmSync(AUDIT_DIR, { recursive: true, force: true });
}
