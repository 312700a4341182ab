// Stripe's documented test cards, and the checks the hosted page makes before "charging" one.
import type { Card } from "./types";

export type CardOutcome = { ok: true } | { ok: false; declineCode: string; message: string };

const declines: Record<string, { declineCode: string; message: string }> = {
  "4000000000000002": { declineCode: "generic_decline", message: "Your card was declined." },
  // Stripe's "attaches, but charges fail" card.
  "4000000000000341": { declineCode: "generic_decline", message: "Your card was declined." },
  "4000000000009995": { declineCode: "insufficient_funds", message: "Your card has insufficient funds." },
};

export function cardOutcome(number: string): CardOutcome {
  const decline = declines[number];
  return decline ? { ok: false, ...decline } : { ok: true };
}

export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function brandOf(number: string): string {
  if (number.startsWith("4")) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard";
  if (/^3[47]/.test(number)) return "amex";
  return "unknown";
}

// Accepts "MM / YY", "MM/YY" or "MM/YYYY"; a card is valid through the last day of its expiry month.
export function parseExpiry(text: string, now: Date): { month: number; year: number } | "invalid" | "past" {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return "invalid";
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return "invalid";
  const nowMonths = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year * 12 + (month - 1) < nowMonths) return "past";
  return { month, year };
}

export function cardDetails(number: string, expiry: { month: number; year: number }): Card {
  return { brand: brandOf(number), last4: number.slice(-4), exp_month: expiry.month, exp_year: expiry.year };
}
