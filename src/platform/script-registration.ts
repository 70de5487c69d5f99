/**
 * Dynamic content scripts (`chrome.scripting`, which the polyfill does not wrap in the same shape
 * on every browser): registered while wanted, gone otherwise.
 */
export async function isScriptRegistered(id: string): Promise<boolean> {
  return (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
}

export async function registerScript(script: {
  id: string;
  matches: string[];
  excludeMatches: string[];
  file: string;
}): Promise<void> {
  await chrome.scripting.registerContentScripts([
    {
      id: script.id,
      matches: script.matches,
      excludeMatches: script.excludeMatches,
      js: [script.file],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterScript(id: string): Promise<void> {
  await chrome.scripting.unregisterContentScripts({ ids: [id] });
}
