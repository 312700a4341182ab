// Czech QR payments ("QR Platba"): the Short Payment Descriptor (SPAYD 1.0) a banking app reads from a bill's QR code.
// Pure: no rendering here, so the environment schema can check the operator's IBAN with it too.

export type SpaydInput = {
  /** The payee's IBAN; spaces are allowed and dropped. */
  iban: string;
  bic?: string;
  /** What is left to pay, in minor units (hundredths) of `currency`. */
  amountMinor: number;
  /** ISO 4217, e.g. "CZK". */
  currency: string;
  variableSymbol: string;
  /** ISO date (YYYY-MM-DD…). */
  dueDate: string;
  message?: string;
};

const compact = (s: string) => s.replace(/\s+/g, "").toUpperCase();

/** ISO 13616: country, two check digits, a national part; the whole, rotated and read as a number, is 1 mod 97. */
export function isValidIban(value: string): boolean {
  const iban = compact(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  // Piecewise, so the number never leaves the range a double holds exactly.
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest === 1;
}

/** ISO 9362: bank, country, location and an optional branch. */
export const isValidBic = (value: string) => /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compact(value));

/**
 * The variable symbol is at most 10 digits. Bill numbers are `<account>/<YYYY-MM>` (e.g. "BA-100001/2026-10"), whose
 * digits alone are 12, so the period's century is dropped first ("1000012610"): the account's digits and the month
 * stay, and two accounts' bills for one month keep different symbols. Other numbers keep their digits
 * ("INV-2026-000123" → "2026000123"); past 10, the rightmost 10, where the running part of a number is.
 */
export function variableSymbolOf(billNumber: string): string {
  const digits = billNumber.replace(/\/\d{2}(\d{2})-(\d{2})$/, "/$1$2").replace(/\D/g, "");
  if (!digits) throw new Error(`Bill number ${billNumber} has no digits for a variable symbol`);
  return digits.slice(-10);
}

/** Minor units as SPAYD's amount: a dot and two decimals, at most 10 characters (7 digits before the dot). */
export function spaydAmount(amountMinor: number): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new Error(`A QR payment needs a positive amount, not ${amountMinor}`);
  const text = `${Math.floor(amountMinor / 100)}.${String(amountMinor % 100).padStart(2, "0")}`;
  if (text.length > 10) throw new Error(`Amount ${text} is longer than SPAYD allows`);
  return text;
}

/** Values may not hold `*` (the field separator); control characters would only confuse a bank's parser. */
const value = (s: string) =>
  s
    .replace(/[*\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

export function spaydPayload(input: SpaydInput): string {
  const iban = compact(input.iban);
  if (!isValidIban(iban)) throw new Error("The payee's IBAN is not valid");
  const bic = input.bic ? compact(input.bic) : "";
  if (bic && !isValidBic(bic)) throw new Error("The payee's BIC is not valid");
  if (!/^[A-Z]{3}$/.test(input.currency)) throw new Error(`Currency ${input.currency} is not an ISO 4217 code`);
  if (!/^\d{1,10}$/.test(input.variableSymbol)) throw new Error(`Variable symbol ${input.variableSymbol} is not 1–10 digits`);
  const due = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.dueDate);
  if (!due) throw new Error(`Due date ${input.dueDate} is not an ISO date`);

  const fields: [string, string][] = [
    ["ACC", bic ? `${iban}+${bic}` : iban],
    ["AM", spaydAmount(input.amountMinor)],
    ["CC", input.currency],
    ["X-VS", input.variableSymbol],
    ["DT", `${due[1]}${due[2]}${due[3]}`],
  ];
  const message = value(input.message ?? "")
    .slice(0, 60)
    .trim();
  if (message) fields.push(["MSG", message]);
  return ["SPD", "1.0", ...fields.map(([k, v]) => `${k}:${v}`)].join("*");
}
