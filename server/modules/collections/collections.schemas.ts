import { z } from "zod";
import { barrableFeatures } from "~/server/domain/billing/suspension";
import { Id } from "~/server/lib/ids";

export const AccountDebtInput = z.strictObject({ billingAccountId: Id });
export type AccountDebtInput = z.infer<typeof AccountDebtInput>;

/** `idempotencyKey`: made once per confirmation screen, so a double click or a retry makes one plan. */
export const ArrangeInput = z.strictObject({
  billingAccountId: Id,
  instalments: z.union([z.literal(2), z.literal(3)]),
  idempotencyKey: z.string().min(8).max(100),
});
export type ArrangeInput = z.infer<typeof ArrangeInput>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const InstalmentView = z.object({
  seq: z.number().int(),
  dueDate: IsoDay,
  amountMinor: z.number().int(),
  state: z.enum(["paid", "due", "missed", "upcoming"]),
});

export const ArrangementView = z.object({
  id: z.string(),
  status: z.enum(["active", "kept", "broken"]),
  currency: z.string(),
  totalMinor: z.number().int(),
  paidMinor: z.number().int(),
  createdAt: z.date(),
  closedAt: z.date().nullable(),
  bills: z.array(z.object({ id: z.string(), billNo: z.string().nullable() })),
  instalments: z.array(InstalmentView),
});
export type ArrangementView = z.infer<typeof ArrangementView>;

export const TimelineEntry = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("notice"), at: z.date(), step: z.number().int(), billId: z.string(), billNo: z.string().nullable() }),
  z.object({ kind: z.literal("suspension_due"), on: IsoDay }),
  z.object({ kind: z.literal("suspended"), at: z.date(), services: z.array(z.string()) }),
  z.object({ kind: z.literal("restored"), at: z.date(), services: z.array(z.string()) }),
  z.object({ kind: z.literal("arranged"), at: z.date(), instalments: z.number().int() }),
  z.object({ kind: z.enum(["arrangement_kept", "arrangement_broken"]), at: z.date() }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const SuspendedServiceView = z.object({
  serviceId: z.string(),
  kind: z.enum(["mobile", "fixed_voice", "broadband", "tv"]),
  identifier: z.string(),
  barred: z.array(z.enum(barrableFeatures)),
  since: z.date(),
});

export const OverdueBillView = z.object({
  id: z.string(),
  billNo: z.string(),
  paymentDueDate: IsoDay,
  daysLate: z.number().int(),
  owedMinor: z.number().int(),
  disputedMinor: z.number().int(),
  arranged: z.boolean(),
});

export const CollectionsView = z.object({
  billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  currency: z.string(),
  /** What counts toward dunning: unpaid overdue amounts, open disputes held out. */
  overdueMinor: z.number().int(),
  heldOutMinor: z.number().int(),
  bills: z.array(OverdueBillView),
  suspended: z.array(SuspendedServiceView),
  timeline: z.array(TimelineEntry),
  arrangement: ArrangementView.nullable(),
});
export type CollectionsView = z.infer<typeof CollectionsView>;

export const ArrangementOfferView = z.object({
  eligible: z.boolean(),
  reason: z.enum(["nothing_overdue", "below_minimum", "broken_recently", "already_arranged"]).nullable(),
  currency: z.string(),
  totalMinor: z.number().int(),
  minimumMinor: z.number().int(),
  options: z.array(
    z.object({
      instalments: z.union([z.literal(2), z.literal(3)]),
      schedule: z.array(z.object({ seq: z.number().int(), dueDate: IsoDay, amountMinor: z.number().int() })),
    }),
  ),
});
export type ArrangementOfferView = z.infer<typeof ArrangementOfferView>;
