// Which address a request comes from, for the rate limits (sign-in, invite tokens). A client can send any
// X-Forwarded-For it likes, so only the entries added by proxies we run are believed: the socket's peer is the
// nearest hop; with `trustedHops` proxies in front, the client is the address the outermost of them saw, i.e.
// the entry `trustedHops` places from the right of "X-Forwarded-For entries + socket address".

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) → "127.0.0.1". */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function clientAddressFor(forwardedFor: string | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const chain = [...(forwardedFor ?? "").split(","), socketAddress ?? ""].map(normalize).filter(Boolean);
  if (!chain.length) return "unknown";
  // fewer entries than trusted hops: the request skipped a proxy; the leftmost address is the best we have
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}
