// The caller's address, for throttling and the audit trail. X-Forwarded-For is written by whoever sends the
// request, so only the hops our own proxies appended are believed: walking from the right, every entry that is a
// trusted proxy is skipped and the first one that is not is the client. With no trusted proxy configured the header
// is ignored altogether (the portal cannot tell a proxy's entry from one the client made up).

export const UNKNOWN_ADDRESS = "unknown";

export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string {
  if (trustedProxies.length === 0) return UNKNOWN_ADDRESS;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const trusted = new Set(trustedProxies);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i]!)) return hops[i]!;
  return hops[0] ?? UNKNOWN_ADDRESS;
}
