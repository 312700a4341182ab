// Account statements (the ledger of one billing account over a period) and the certificate that
// nothing is owed. Read through the billing gateway in the caller's scope; another customer's account is absent.
import { createHmac } from "node:crypto";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { certificateSecret } from "~/server/env";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { Clock } from "~/server/lib/clock";
import { invalid, notFound } from "~/server/lib/errors";
import type { CertificateInput, CertificateView, GetStatementInput } from "./statements.schemas";

const MAX_STATEMENT_MONTHS = 24;

export type StatementsDeps = { billing: BillingGateway; clock: Clock };

/** The day `months` after an ISO date (clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** from ≤ to, and the range shorter than 24 months. */
export function checkRange(from: string, to: string) {
  if (from > to) throw invalid("from", "from must not be after to");
  if (to >= addMonths(from, MAX_STATEMENT_MONTHS)) throw invalid("to", `a statement covers at most ${MAX_STATEMENT_MONTHS} months`);
}

export async function getStatement({ billing }: Pick<StatementsDeps, "billing">, actor: CustomerActor, input: GetStatementInput) {
  checkRange(input.from, input.to);
  const statement = await billing.getStatement(scopeOf(actor), input.billingAccountId, input.from, input.to);
  if (!statement) throw notFound("billing account");
  return statement;
}

/** Ties a certificate to its account and day: anyone holding our secret can recompute it, nobody else can forge it. */
export function verificationCode(billingAccountId: string, asOf: string, secret = certificateSecret()): string {
  const hex = createHmac("sha256", secret).update(`certificate|${billingAccountId}|${asOf}`).digest("hex").slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join("-");
}

export async function getCertificate(
  { billing, clock }: StatementsDeps,
  actor: CustomerActor,
  input: CertificateInput,
): Promise<CertificateView> {
  const scope = scopeOf(actor);
  const asOf = clock.now().toISOString().slice(0, 10);
  const statement = await billing.getStatement(scope, input.billingAccountId, asOf, asOf);
  if (!statement) throw notFound("billing account");
  const overdue = await billing.listBills(scope, { billingAccountId: input.billingAccountId, state: "overdue" }, { page: 1, pageSize: 1 });
  const balance = statement.closingBalance;
  const reason = overdue.total > 0 ? "overdue" : balance.amountMinor > 0 ? "balance" : null;
  const { id, number, name, customerName } = statement.billingAccount;
  return {
    eligible: reason === null,
    reason,
    asOf,
    balance,
    billingAccount: { id, number, name, customerName },
    verificationCode: reason === null ? verificationCode(id, asOf) : null,
  };
}
