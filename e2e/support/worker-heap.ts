import type { BrowserContext, Page } from '@playwright/test';

/**
 * The service worker's JavaScript heap in use, in bytes, read over the DevTools protocol (a page's
 * session relays to the worker target). WebAssembly memory is not part of this figure.
 */
export async function workerHeapUsed(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.includes(extensionId),
    );
    if (!worker) return Number.NaN;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    const answer = new Promise<{ usedSize: number }>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
        if (message.id === 1 && message.result) resolve(message.result);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    return (await answer).usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
