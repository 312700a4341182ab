// Response headers the proxy sets per request: a nonce-based Content-Security-Policy, HSTS over https, and the
// Origin check that keeps another site from making a signed-in browser write here.

/**
 * Scripts run only with this request's nonce (Next.js puts it on its own scripts when it finds it in the request's
 * policy) and what they load ('strict-dynamic'); nothing may frame the portal. Styles allow inline attributes: charts
 * and meters set them, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A write whose Origin is another site. A browser always sends Origin on a cross-site POST (form or fetch), so
 * SameSite=Lax alone would still let a multipart form through; callers without a browser (webhooks, scripts) send
 * none and are left to their own authentication.
 */
export function isCrossSiteWrite(method: string, origin: string | null, host: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage: not us
  }
}
