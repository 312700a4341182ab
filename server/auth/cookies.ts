export const ACTIVE_CUSTOMER_COOKIE = "active_customer";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The portal's own long-lived preference cookies (the active customer, the language). */
export const preferenceCookie = (appUrl: string) =>
  ({ httpOnly: true, sameSite: "lax", secure: appUrl.startsWith("https:"), path: "/", maxAge: 60 * 60 * 24 * 365 }) as const;

/** A cookie's value; null when absent or not valid percent-encoding (a hand-edited cookie is no cookie, not an error). */
export function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      return null;
    }
  }
  return null;
}
