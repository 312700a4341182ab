export const ACTIVE_CUSTOMER_COOKIE = "active_customer";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}
