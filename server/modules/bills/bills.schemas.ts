import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { PageInput, PageOf } from "~/server/lib/pagination";
import { usageKinds, usageZones } from "~/server/domain/billing/vocabulary";
import { reasonKinds } from "./explainer";

export const billStates = ["issued", "partially_paid", "paid", "overdue"] as const;
export const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period must be YYYY-MM");
const IsoDate = z.string();

export const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });

export const BillingAccountView = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  currency: z.string(),
  country: z.string(),
  billCycleDay: z.number(),
  balance: Money,
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

const usageKind = z.enum(usageKinds);
const usageZone = z.enum(usageZones);

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
  ratedUsage: z.array(
    z.object({
      serviceId: z.string(),
      kind: usageKind,
      zone: usageZone,
      segmentStart: IsoDate,
      cdrCount: z.number(),
      allowance: z.number().nullable(),
      quantity: z.number(),
      includedQuantity: z.number(),
      chargedQuantity: z.number(),
      amount: Money,
    }),
  ),
  creditNotes: z.array(z.object({ id: z.string(), number: z.string(), reason: z.string(), issuedAt: z.date(), taxIncludedAmount: Money })),
  partial: z.boolean(),
  /** Net per service in the order services first appear on the bill; serviceId null: the account-level lines except VAT. */
  subtotals: z.array(z.object({ serviceId: z.string().nullable(), net: Money })),
});
export type BillDetailView = z.infer<typeof BillDetailView>;

export const ListBillsInput = PageInput.extend({
  billingAccountId: Id.optional(),
  state: z.enum(billStates).optional(),
  periodFrom: Period.optional(),
  periodTo: Period.optional(),
});
export type ListBillsInput = z.infer<typeof ListBillsInput>;

export const BillPage = PageOf(BillView);

export const GetBillInput = z.strictObject({ billId: Id });
export type GetBillInput = z.infer<typeof GetBillInput>;

const ServiceRef = z.object({ id: z.string(), kind: z.string(), identifier: z.string(), label: z.string().nullable() });

export const ExplainBillInput = z.strictObject({ billId: Id });
export type ExplainBillInput = z.infer<typeof ExplainBillInput>;

const BillReasonView = z.object({
  kind: z.enum(reasonKinds),
  service: ServiceRef.nullable(),
  delta: Money,
  previous: Money,
  current: Money,
  items: z.array(z.string()),
  quantities: z.object({ voice: z.number(), sms: z.number(), data: z.number() }).nullable(),
  rateBp: z.object({ previous: z.number(), current: z.number() }).nullable(),
});

export const BillExplanationView = z.object({
  previous: z.object({ id: z.string(), period: z.string(), total: Money }).nullable(),
  /** this bill's total minus the previous one's; null for the first bill */
  difference: Money.nullable(),
  reasons: z.array(BillReasonView),
});
export type BillExplanationView = z.infer<typeof BillExplanationView>;

export const CostCentreSplitInput = z.strictObject({ billId: Id });
export type CostCentreSplitInput = z.infer<typeof CostCentreSplitInput>;

export const CostCentreSplitView = z.object({
  billId: z.string(),
  billNo: z.string(),
  period: z.string(),
  rows: z.array(
    z.object({
      /** null: lines of services without a cost centre, and account-level lines */
      costCentre: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
      net: Money,
      vat: Money,
      total: Money,
      serviceCount: z.number().int(),
    }),
  ),
  total: z.object({ net: Money, vat: Money, total: Money }),
});
export type CostCentreSplitView = z.infer<typeof CostCentreSplitView>;
