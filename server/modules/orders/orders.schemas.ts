import { z } from "zod";
import { milestoneNames, orderStates } from "~/server/domain/fulfilment/order-lifecycle";
import { Id } from "~/server/lib/ids";
import { PageInput } from "~/server/lib/pagination";

export const PlanChangeTiming = z.enum(["now", "next_period"]);
export type PlanChangeTiming = z.infer<typeof PlanChangeTiming>;

export const ComparePlansInput = z.strictObject({ serviceId: Id });
export type ComparePlansInput = z.infer<typeof ComparePlansInput>;

export const PlanOfferView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  monthlyFeeMinor: z.number().int(),
  currency: z.string(),
  allowance: z.object({ voiceSeconds: z.number().nullable(), smsCount: z.number().nullable(), dataBytes: z.number().nullable() }),
  /** On the customer's own usage of the last periods, a month on average (net of VAT). */
  usageCostMinor: z.number().int(),
  current: z.boolean(),
});
export type PlanOfferView = z.infer<typeof PlanOfferView>;

export const PlanComparisonView = z.object({
  serviceId: z.string(),
  kind: z.string(),
  periods: z.array(z.string()),
  plans: z.array(PlanOfferView),
});
export type PlanComparisonView = z.infer<typeof PlanComparisonView>;

export const PreviewPlanChangeInput = z.strictObject({ serviceId: Id, planId: Id, timing: PlanChangeTiming });
export type PreviewPlanChangeInput = z.infer<typeof PreviewPlanChangeInput>;

export const PlanChangePreviewView = z.object({
  serviceId: z.string(),
  timing: PlanChangeTiming,
  from: PlanOfferView,
  to: PlanOfferView,
  currency: z.string(),
  monthlyDifferenceMinor: z.number().int(),
  effectiveDate: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  nextBillDifferenceMinor: z.number().int(),
});
export type PlanChangePreviewView = z.infer<typeof PlanChangePreviewView>;

/** `idempotencyKey`: made once per confirmation screen, so a double click or a retry places one order. */
export const PlacePlanChangeInput = PreviewPlanChangeInput.extend({ idempotencyKey: z.string().min(8).max(100) });
export type PlacePlanChangeInput = z.infer<typeof PlacePlanChangeInput>;

export const OrderInput = z.strictObject({ orderId: Id });
export type OrderInput = z.infer<typeof OrderInput>;

export const ListOrdersInput = PageInput;
export type ListOrdersInput = z.infer<typeof ListOrdersInput>;

export const OrderView = z.object({
  id: z.string(),
  number: z.string(),
  state: z.enum(orderStates),
  serviceId: z.string(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  failureReason: z.string().nullable(),
  item: z.object({
    action: z.literal("modify"),
    fromPlan: z.object({ id: z.string(), name: z.string() }).nullable(),
    toPlan: z.object({ id: z.string(), name: z.string() }),
    timing: PlanChangeTiming,
    effectiveDate: z.string(),
  }),
  milestones: z.array(z.object({ name: z.enum(milestoneNames), expectedAt: z.date(), actualAt: z.date().nullable() })),
  cancellable: z.boolean(),
});
export type OrderView = z.infer<typeof OrderView>;
