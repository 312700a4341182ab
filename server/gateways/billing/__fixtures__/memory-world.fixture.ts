// A small billing world for the in-memory system: accounts, services and issued bills whose lines add up.
import { randomUUID } from "node:crypto";
import { vatOf } from "~/server/domain/billing/rounding";
import { billingPeriod, dayNumber, isoDate, nextPeriod } from "~/server/domain/billing/vocabulary";
import type { BillLineView } from "../billing-views";
import type { MemoryAccount, MemoryBill, MemoryService } from "../memory-billing-gateway";

let lineSeq = 1000;
let accountSeq = 100_000;

export function account(customerId: string, name = "Home", extra: Partial<MemoryAccount> = {}): MemoryAccount {
  return { id: randomUUID(), customerId, number: `BA-${accountSeq++}`, name, currency: "EUR", country: "CZ", billCycleDay: 1, ...extra };
}

export function service(a: MemoryAccount, identifier: string, kind = "mobile", extra: Partial<MemoryService> = {}): MemoryService {
  return {
    id: randomUUID(),
    customerId: a.customerId,
    billingAccountId: a.id,
    kind,
    identifier,
    label: null,
    costCentreId: null,
    ...extra,
  };
}

type Charge = {
  service: MemoryService | null;
  amountMinor: number;
  kind?: BillLineView["kind"];
  description?: string;
  costCentreId?: string | null;
};

/** An issued bill of the period: one line per charge, VAT at 21 % on their sum, issued on the 1st after, due 14 days later. */
export function bill(a: MemoryAccount, period: string, charges: Charge[], vatRateBp = 2100): MemoryBill {
  const { start, end } = billingPeriod(period, a.billCycleDay);
  const money = (amountMinor: number) => ({ amountMinor, currency: a.currency });
  const line = (c: Charge): BillLineView => ({
    id: String(lineSeq++),
    kind: c.kind ?? "recurring",
    costCentreId: c.costCentreId ?? c.service?.costCentreId ?? null,
    usageKind: null,
    zone: null,
    service: c.service && { id: c.service.id, kind: c.service.kind, identifier: c.service.identifier, label: c.service.label },
    description: c.description ?? "Plan",
    quantity: null,
    startDate: start,
    endDate: isoDate(dayNumber(end) - 1),
    amount: money(c.amountMinor),
  });
  const lines = charges.map(line);
  const net = lines.reduce((s, l) => s + l.amount.amountMinor, 0);
  const tax = {
    ...line({ service: null, amountMinor: Number(vatOf(BigInt(net), vatRateBp)), kind: "tax", description: "VAT" }),
    quantity: vatRateBp,
    startDate: null,
    endDate: null,
  };
  const billDate = `${nextPeriod(period)}-01`;
  return {
    id: randomUUID(),
    billNo: `${a.number}/${period}`,
    billingAccountId: a.id,
    period,
    billingPeriod: { startDate: start, endDate: isoDate(dayNumber(end) - 1) },
    billDate,
    paymentDueDate: isoDate(dayNumber(billDate) + 14),
    vatRateBp,
    lines: [...lines, tax],
    ratedUsage: [],
  };
}
