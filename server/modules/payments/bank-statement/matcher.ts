// Which bill a bank credit pays: the bill whose variable symbol it quotes, when the amount is at most what is left to
// pay (less is a part payment). Anything else is for a billing agent to decide, with the reason it was left.
import type { OverdueBill } from "~/server/gateways/billing/billing-gateway";
import { variableSymbolOf } from "~/server/lib/spayd";

export const unmatchedReasons = ["no_symbol", "unknown_symbol", "ambiguous", "currency", "nothing_due", "more_than_due"] as const;
export type UnmatchedReason = (typeof unmatchedReasons)[number];

export type CreditToMatch = { amountMinor: number; currency: string; variableSymbol: string | null };
export type Match =
  { matched: true; bill: OverdueBill; part: boolean } | { matched: false; reason: UnmatchedReason; bill: OverdueBill | null };

const sameSymbol = (a: string, b: string) => a.replace(/^0+/, "") === b.replace(/^0+/, "");

/** `bills`: candidates with what is left to pay now (the caller lowers it as credits of one statement are posted). */
export function matchCredit(credit: CreditToMatch, bills: readonly OverdueBill[]): Match {
  const symbol = credit.variableSymbol;
  if (!symbol) return { matched: false, reason: "no_symbol", bill: null };
  const quoted = bills.filter((b) => sameSymbol(variableSymbolOf(b.billNo), symbol));
  if (quoted.length === 0) return { matched: false, reason: "unknown_symbol", bill: null };
  // Two bills with one symbol (numbers of another shape can share digits): the one still open decides, else nobody.
  const open = quoted.filter((b) => b.remainingAmount.amountMinor > 0);
  if (open.length > 1) return { matched: false, reason: "ambiguous", bill: null };
  const bill = open[0] ?? (quoted.length === 1 ? quoted[0]! : null);
  if (!bill) return { matched: false, reason: "ambiguous", bill: null };
  const due = bill.remainingAmount;
  if (due.currency !== credit.currency) return { matched: false, reason: "currency", bill };
  if (due.amountMinor <= 0) return { matched: false, reason: "nothing_due", bill };
  if (credit.amountMinor > due.amountMinor) return { matched: false, reason: "more_than_due", bill };
  return { matched: true, bill, part: credit.amountMinor < due.amountMinor };
}
