// API keys: high-entropy bearer secrets, stored only as their SHA-256 (a key is random, so a plain hash
// is enough; a slow password hash would only slow every call).
import { createHash, randomBytes } from "node:crypto";

export const hashApiKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** The first characters, stored to tell keys apart; never enough to use. */
export const keyPrefixOf = (key: string) => key.slice(0, 8);

/** A new key, shown once to whoever makes it. */
export const newApiKey = () => `tmf_${randomBytes(32).toString("base64url")}`;

/** The key of an `Authorization: Bearer …` header, or null. */
export function bearerOf(header: string | null): string | null {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1]! : null;
}
