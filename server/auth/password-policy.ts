// What a new password must be: at least 12 characters and not one of the passwords people pick most often (the
// list of common passwords that zxcvbn-ts ships, about 50,000 of them), also not with digits or signs tacked on.
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/server/modules/identity/identity.schemas";

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())));

export type PasswordProblem = "tooShort" | "tooLong" | "common";

/** Null when the password may be used; otherwise what is wrong with it. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  const local = context.email?.toLowerCase().split("@")[0];
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return "common";
  if (new Set(lower).size <= 2) return "common"; // "aaaaaaaaaaaa", "abababababab"
  if (local && local.length >= 4 && (lower === local || stem === local)) return "common";
  return null;
}
