/** Whether a catalog host entry covers `hostname` (the host itself or any subdomain). */
export function hostCovers(entry: string, hostname: string): boolean {
  return hostname === entry || hostname.endsWith('.' + entry);
}

/** The site owning `hostname`: the most specific host entry across `sites` wins. */
export function mostSpecificSite<S extends { hosts: readonly string[] }>(
  sites: readonly S[],
  hostname: string,
): S | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  let best: { site: S; length: number } | undefined;
  for (const site of sites) {
    for (const entry of site.hosts) {
      if (hostCovers(entry, host) && (!best || entry.length > best.length))
        best = { site, length: entry.length };
    }
  }
  return best?.site;
}
