import { z } from "zod";
import { milestoneNames } from "~/server/domain/fulfilment/order-lifecycle";
import { BillExplanationView, Money } from "~/server/modules/bills/bills.schemas";
import { ServiceKind, ServiceView, serviceKinds } from "~/server/modules/services/services.schemas";
import { MonthFiguresView, OpenTicketView } from "~/server/modules/sla/sla.schemas";
import { DisputeView } from "~/server/modules/disputes/disputes.schemas";
import { ClockView, QueueItemView, ServiceOutageView, TicketState } from "~/server/modules/tickets/tickets.schemas";
import { MeterView } from "~/server/modules/usage/usage.schemas";

/** What is owed on one billing account and by when (the earliest unpaid bill's due date). */
export const AmountDueView = z.object({
  billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  balance: Money,
  /** the earliest bill with something left to pay; null when nothing is */
  bill: z.object({ id: z.string(), billNo: z.string(), dueDate: z.string(), remaining: Money }).nullable(),
  overdue: z.boolean(),
});
export type AmountDueView = z.infer<typeof AmountDueView>;

/** The newest bill with the biggest reason it differs from the one before. */
export const LatestBillView = z.object({
  id: z.string(),
  billNo: z.string(),
  period: z.string(),
  total: Money,
  previous: BillExplanationView.shape.previous,
  difference: BillExplanationView.shape.difference,
  reason: BillExplanationView.shape.reasons.element.nullable(),
});
export type LatestBillView = z.infer<typeof LatestBillView>;

/** What one line's card says beyond the service itself. */
export const LineCardView = z.object({
  serviceId: z.string(),
  meters: z.array(MeterView),
  /** net of this line on its account's latest bill (billing roles only) */
  share: z.object({ billId: z.string(), period: z.string(), net: Money }).nullable(),
  order: z
    .object({
      id: z.string(),
      number: z.string(),
      next: z.object({ name: z.enum(milestoneNames), expectedAt: z.date() }).nullable(),
    })
    .nullable(),
  ticket: z.object({ id: z.string(), number: z.string(), state: TicketState, resolution: ClockView }).nullable(),
  outage: z.object({ id: z.string(), title: z.string(), estimatedEnd: z.date().nullable() }).nullable(),
});
export type LineCardView = z.infer<typeof LineCardView>;

export const attentionKinds = ["overdue_bill", "usage_alert", "ticket_waiting", "fix_to_confirm", "outage", "invitation_pending"] as const;

/** One thing that wants the customer, newest first, one click from its page. */
export const AttentionItem = z.object({
  kind: z.enum(attentionKinds),
  /** the bill, ticket, outage or service it is about */
  id: z.string(),
  href: z.string(),
  /** bill number, ticket number, outage title or the invited address */
  title: z.string(),
  service: z.object({ kind: ServiceKind, identifier: z.string(), label: z.string().nullable() }).nullable(),
  /** usage alerts: share of the allowance used */
  percent: z.number().nullable(),
  at: z.date(),
});
export type AttentionItem = z.infer<typeof AttentionItem>;

/** Enterprise admins: each cost centre's total on the latest bill beside the one before. */
export const SpendView = z.object({
  period: z.string(),
  previousPeriod: z.string().nullable(),
  rows: z.array(
    z.object({
      costCentre: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
      current: Money,
      previous: Money.nullable(),
    }),
  ),
});
export type SpendView = z.infer<typeof SpendView>;

export const DashboardView = z.object({
  totals: z.array(z.object({ kind: z.enum(serviceKinds), count: z.number().int() })),
  total: z.number().int(),
  attention: z.number().int(),
  services: z.array(ServiceView),
  cards: z.array(LineCardView),
  hasMore: z.boolean(),
  enterpriseAdmin: z.boolean(),
  /** null for roles that do not see bills */
  due: z.array(AmountDueView).nullable(),
  latestBill: LatestBillView.nullable(),
  outages: z.array(ServiceOutageView),
  attentionItems: z.array(AttentionItem),
  spend: z.array(SpendView).nullable(),
  sla: z.object({ figures: MonthFiguresView, openTickets: z.array(OpenTicketView) }).nullable(),
});
export type DashboardView = z.infer<typeof DashboardView>;

/** One ticket on a staff member's home: enough to pick it and go to its page. */
export const StaffTicketLink = QueueItemView.pick({
  id: true,
  number: true,
  service: true,
  priority: true,
  state: true,
  customerName: true,
  visit: true,
  resolution: true,
});
export type StaffTicketLink = z.infer<typeof StaffTicketLink>;

/** The staff home: each role's own queue at a glance, every item one click from its page. */
export const StaffHomeView = z.discriminatedUnion("role", [
  z.object({
    role: z.literal("dispatcher"),
    counts: z.object({
      open: z.number().int(),
      unassigned: z.number().int(),
      atRisk: z.number().int(),
      breached: z.number().int(),
      waiting: z.number().int(),
    }),
    /** the open tickets whose resolution falls due first (running clocks only) */
    next: z.array(StaffTicketLink),
  }),
  z.object({
    role: z.literal("technician"),
    counts: z.object({ assigned: z.number().int(), today: z.number().int(), breached: z.number().int() }),
    /** assigned jobs with a visit today (Prague), earliest first */
    today: z.array(StaffTicketLink),
  }),
  z.object({
    role: z.literal("billing_agent"),
    counts: z.object({ disputes: z.number().int(), unmatchedCredits: z.number().int() }),
    /** the oldest open disputes */
    disputes: z.array(DisputeView.pick({ id: true, billNumber: true, lineDescription: true, amount: true, createdAt: true })),
  }),
]);
export type StaffHomeView = z.infer<typeof StaffHomeView>;
