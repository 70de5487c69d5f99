import { guardDataRevisionItem } from './contract/storage-items';

/** Tells listeners (the toolbar badge) that IndexedDB data changed; never fails the write itself. */
export async function announceDataChange(): Promise<void> {
  await guardDataRevisionItem.set(Date.now()).catch(() => undefined);
}
