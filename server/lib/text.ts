import { z } from "zod";

/** Free text from a person: trimmed, bounded, and without NUL (PostgreSQL text cannot hold it). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !s.includes("\0"), { message: "Remove the NUL character" });

/** "1234.50 CZK": notices are rendered in each recipient's language later, so the amount stays neutral. */
export const formatAmount = (minor: bigint | number, currency: string) => {
  const value = BigInt(minor);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")} ${currency}`;
};
