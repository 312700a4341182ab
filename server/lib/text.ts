import { z } from "zod";

/** Free text from a person: trimmed, bounded, and without NUL (PostgreSQL text cannot hold it). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !s.includes("\0"), { message: "Remove the NUL character" });
