import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { PageInput } from "~/server/lib/pagination";

export const billStates = ["issued", "partially_paid", "paid", "overdue"] as const;
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period must be YYYY-MM");
const IsoDate = z.string();

export const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });

export const BillingAccountView = z.object({
  id: z.string(), number: z.string(), name: z.string(), currency: z.string(), country: z.string(), billCycleDay: z.number(), balance: Money,
});

export const BillView = z.object({
  id: z.string(),
  billNo: z.string(),
  billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  period: z.string(),
  billingPeriod: z.object({ startDate: IsoDate, endDate: IsoDate }),
  billDate: IsoDate,
  paymentDueDate: IsoDate,
  taxExcludedAmount: Money,
  taxIncludedAmount: Money,
  taxItem: z.array(z.object({ taxRateBp: z.number(), taxAmount: Money })),
  remainingAmount: Money,
  state: z.enum(billStates),
});
export type BillView = z.infer<typeof BillView>;

const usageKind = z.enum(["voice", "sms", "data"]);
const usageZone = z.enum(["national", "international", "roaming_eu", "roaming_world", "premium"]);

export const BillLine = z.object({
  id: z.string(),
  kind: z.enum(["recurring", "usage", "one_time", "discount", "tax"]),
  service: z.object({ id: z.string(), kind: z.string(), identifier: z.string(), label: z.string().nullable() }).nullable(),
  costCentreId: z.string().nullable(),
  usageKind: usageKind.nullable(),
  zone: usageZone.nullable(),
  description: z.string(),
  quantity: z.number().nullable(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  amount: Money,
});

export const BillDetailView = BillView.extend({
  lines: z.array(BillLine),
  ratedUsage: z.array(z.object({
    serviceId: z.string(), kind: usageKind, zone: usageZone, segmentStart: IsoDate, cdrCount: z.number(), allowance: z.number().nullable(),
    quantity: z.number(), includedQuantity: z.number(), chargedQuantity: z.number(), amount: Money,
  })),
  creditNotes: z.array(z.object({ id: z.string(), number: z.string(), reason: z.string(), issuedAt: z.date(), taxIncludedAmount: Money })),
  partial: z.boolean(),
});
export type BillDetailView = z.infer<typeof BillDetailView>;

export const ListBillsInput = PageInput.extend({
  billingAccountId: Id.optional(),
  state: z.enum(billStates).optional(),
  periodFrom: Period.optional(),
  periodTo: Period.optional(),
});
export type ListBillsInput = z.infer<typeof ListBillsInput>;

export const BillPage = z.object({ items: z.array(BillView), page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() });

export const GetBillInput = z.strictObject({ billId: Id });
export type GetBillInput = z.infer<typeof GetBillInput>;
