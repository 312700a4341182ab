import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { usageKinds, usageZones } from "~/server/domain/billing/vocabulary";
import { PageInput, PageOf } from "~/server/lib/pagination";
import { Money, Period } from "~/server/modules/bills/bills.schemas";
import { ServiceKind } from "~/server/modules/services/services.schemas";

export { usageKinds, usageZones };
export const UsageKind = z.enum(usageKinds);
export const UsageZone = z.enum(usageZones);
export type UsageKind = z.infer<typeof UsageKind>;
export type UsageZone = z.infer<typeof UsageZone>;

/** The longest date range an itemised listing may cover. */
const MAX_RANGE_DAYS = 366;

/** A calendar day, YYYY-MM-DD (UTC): `from` counts from its start, `to` up to its end. */
const Day = z.iso.date();
const ServiceRef = z.object({ id: z.string(), kind: ServiceKind, identifier: z.string(), label: z.string().nullable() });

export const UsageSummaryInput = z.strictObject({ billingAccountId: Id.optional(), period: Period.optional() });
export type UsageSummaryInput = z.infer<typeof UsageSummaryInput>;

export const MeterView = z.object({
  kind: UsageKind,
  /** null = unlimited */
  allowance: z.number().nullable(),
  used: z.number(),
  /** null when unlimited */
  remaining: z.number().nullable(),
  /** share of the allowance used, 0–100 (null when unlimited) */
  percent: z.number().nullable(),
  unlimited: z.boolean(),
  /** usage beyond the allowance or outside it (charged from the first unit) */
  charged: z.number(),
  charges: Money,
});
export type MeterView = z.infer<typeof MeterView>;

export const ForecastView = z.object({
  daysElapsed: z.number().int(),
  periodDays: z.number().int(),
  recurringMinor: z.number().int(),
  otherMinor: z.number().int(),
  usageSoFarMinor: z.number().int(),
  projectedUsageMinor: z.number().int(),
  taxRateBp: z.number().int(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  currency: z.string(),
});
export type ForecastView = z.infer<typeof ForecastView>;

export const UsageSummaryView = z.object({
  accounts: z.array(z.object({ id: z.string(), number: z.string(), name: z.string() })),
  billingAccountId: z.string().nullable(),
  period: z.string().nullable(),
  billingPeriod: z.object({ startDate: z.string(), endDate: z.string() }).nullable(),
  billed: z.boolean(),
  currency: z.string().nullable(),
  services: z.array(ServiceRef.extend({ meters: z.array(MeterView), unbilledCharges: Money.nullable() })),
  /** billing roles with the whole account in scope only */
  totals: z.object({ taxExcludedAmount: Money, taxIncludedAmount: Money }).nullable(),
  forecast: ForecastView.nullable(),
});
export type UsageSummaryView = z.infer<typeof UsageSummaryView>;

export const ListRecordsInput = PageInput.extend({
  serviceId: Id.optional(),
  kind: UsageKind.optional(),
  zone: UsageZone.optional(),
  from: Day.optional(),
  to: Day.optional(),
})
  .strict()
  .refine((i) => !i.from || !i.to || i.from <= i.to, { path: ["to"], message: "to must not be before from" })
  .refine((i) => !i.from || !i.to || daysBetween(i.from, i.to) < MAX_RANGE_DAYS, {
    path: ["to"],
    message: "the range may cover at most a year",
  });
export type ListRecordsInput = z.infer<typeof ListRecordsInput>;

export const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const UsageRecordView = z.object({
  id: z.string(),
  startedAt: z.date(),
  service: ServiceRef,
  kind: UsageKind,
  zone: UsageZone,
  destination: z.string().nullable(),
  /** seconds, messages or bytes */
  quantity: z.number(),
});
export type UsageRecordView = z.infer<typeof UsageRecordView>;

export const UsageRecordPage = PageOf(UsageRecordView);

export const UsageHistoryInput = z.strictObject({ billingAccountId: Id.optional(), months: z.number().int().min(1).max(24).default(12) });
export type UsageHistoryInput = z.infer<typeof UsageHistoryInput>;

export const UsageHistoryView = z.object({
  billingAccountId: z.string().nullable(),
  currency: z.string().nullable(),
  /** oldest first */
  months: z.array(
    z.object({
      period: z.string(),
      usageCharges: z.number().int(),
      /** the bill's total; for a scope of some services only, the sum of their lines without VAT */
      total: z.number().int(),
      partial: z.boolean(),
      volumes: z.object({ voice: z.number(), sms: z.number(), data: z.number() }),
    }),
  ),
});
export type UsageHistoryView = z.infer<typeof UsageHistoryView>;
