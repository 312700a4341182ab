// How to pay a bill by bank transfer: the operator's account, the bill's variable symbol and the QR payment code's text.
import { env } from "~/server/env";
import { spaydPayload, variableSymbolOf } from "~/server/lib/spayd";

/** The account customers pay into. */
export type Payee = { iban: string; bic: string };

/** From the environment (OPERATOR_IBAN, OPERATOR_BIC), whose schema has already checked the IBAN. */
export const operatorPayee = (): Payee => ({ iban: env.OPERATOR_IBAN, bic: env.OPERATOR_BIC });

export type PaymentInstructions = {
  iban: string;
  bic: string;
  variableSymbol: string;
  amountMinor: number;
  currency: string;
  dueDate: string;
  /** SPAYD text for the QR code. */
  qrText: string;
};

type PayableBill = { billNo: string; paymentDueDate: string; remainingAmount: { amountMinor: number; currency: string } };

/** Null when nothing is left to pay (paid, or in credit). */
export function paymentInstructionsOf(bill: PayableBill, payee: Payee): PaymentInstructions | null {
  const { amountMinor, currency } = bill.remainingAmount;
  if (amountMinor <= 0) return null;
  const variableSymbol = variableSymbolOf(bill.billNo);
  const qrText = spaydPayload({
    iban: payee.iban,
    bic: payee.bic || undefined,
    amountMinor,
    currency,
    variableSymbol,
    dueDate: bill.paymentDueDate,
    message: bill.billNo,
  });
  return { iban: payee.iban, bic: payee.bic, variableSymbol, amountMinor, currency, dueDate: bill.paymentDueDate, qrText };
}

/** IBANs are read and typed in groups of four. */
export const formatIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ");
