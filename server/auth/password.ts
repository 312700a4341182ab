// Argon2id (memory-hard) with OWASP's baseline parameters: ~20 MiB, 2 passes.
import { hash, verify } from "@node-rs/argon2";

const params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, params);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified when the account does not exist, so both paths cost the same and timing tells nothing.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword("not-a-real-password-" + Math.random()));
