// Wire contracts of the SLA dashboard: live clocks of open tickets, monthly figures, trend and credits.
import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { ServiceKind } from "~/server/modules/services/services.schemas";
import { ClockView, Priority, SlaTier, TicketState } from "~/server/modules/tickets/tickets.schemas";
import { MONTH_PATTERN } from "./sla-month";

/** A report month, "YYYY-MM" (Prague); months after the current one are refused by the use case. */
export const Month = z.string().regex(MONTH_PATTERN, "Use the form YYYY-MM");

export const DashboardInput = z.strictObject({ month: Month.optional() });
export type DashboardInput = z.infer<typeof DashboardInput>;

export const CreditsInput = z.strictObject({ month: Month });
export type CreditsInput = z.infer<typeof CreditsInput>;

export const PostCreditsInput = z.strictObject({ customerId: Id, month: Month });
export type PostCreditsInput = z.infer<typeof PostCreditsInput>;

const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });

export const SlaServiceRef = z.object({ id: z.string(), kind: ServiceKind, identifier: z.string(), label: z.string().nullable() });
export type SlaServiceRef = z.infer<typeof SlaServiceRef>;

export const OpenTicketView = z.object({
  id: z.string(),
  number: z.string(),
  service: SlaServiceRef,
  priority: Priority,
  state: TicketState,
  createdAt: z.date(),
  response: ClockView,
  resolution: ClockView,
});
export type OpenTicketView = z.infer<typeof OpenTicketView>;

const Share = z.number().min(0).max(1).nullable();

export const MonthFiguresView = z.object({
  month: z.string(),
  opened: z.number().int(),
  resolved: z.number().int(),
  resolvedWithinTarget: Share,
  respondedWithinTarget: Share,
  breaches: z.object({ total: z.number().int(), byPriority: z.record(Priority, z.number().int()), response: z.number().int() }),
  /** Mean time to resolve: working minutes of the SLA calendar, and wall-clock hours. */
  mttr: z.object({ businessMinutes: z.number().nullable(), wallClockHours: z.number().nullable() }),
  availability: z.array(z.object({ service: SlaServiceRef, outageMinutes: z.number().int(), availability: z.number() })),
  /** The lowest availability of any service (1 without services). */
  worstAvailability: z.number(),
  creditTotal: z.array(Money),
});
export type MonthFiguresView = z.infer<typeof MonthFiguresView>;

export const TrendPointView = MonthFiguresView.pick({
  month: true,
  opened: true,
  resolved: true,
  resolvedWithinTarget: true,
  respondedWithinTarget: true,
  mttr: true,
  worstAvailability: true,
}).extend({ breaches: z.number().int() });
export type TrendPointView = z.infer<typeof TrendPointView>;

export const DashboardView = z.object({
  month: z.string(),
  currentMonth: z.string(),
  tier: SlaTier,
  openTickets: z.array(OpenTicketView),
  figures: MonthFiguresView,
  /** The six months ending with `month`, oldest first. */
  trend: z.array(TrendPointView),
});
export type DashboardView = z.infer<typeof DashboardView>;

/** posted = on a credit note; pending = the bill exists, an operator has not posted it yet; next_bill = the month is not billed yet. */
export const CreditStatus = z.enum(["posted", "pending", "next_bill", "none"]);
export type CreditStatus = z.infer<typeof CreditStatus>;

export const CreditView = z.object({
  ticketId: z.string(),
  ticketNumber: z.string(),
  service: SlaServiceRef,
  breachedAt: z.date(),
  amount: Money,
  capped: z.boolean(),
  status: CreditStatus,
  creditNoteNumber: z.string().nullable(),
});
export type CreditView = z.infer<typeof CreditView>;

export const CreditsView = z.object({ month: z.string(), items: z.array(CreditView), total: z.array(Money) });
export type CreditsView = z.infer<typeof CreditsView>;

/** What an operator's posting did, per credit; no ids (the operator sees many tenants). */
export const PostedCreditsView = z.object({
  month: z.string(),
  items: z.array(
    z.object({
      ticketNumber: z.string(),
      serviceIdentifier: z.string(),
      amount: Money,
      /**
       * posted now or earlier (same credit note either way), next_bill = not billed yet, none = nothing to credit, rejected = the bill
       * has no room left
       */
      outcome: z.enum(["posted", "next_bill", "none", "rejected"]),
      creditNoteNumber: z.string().nullable(),
    }),
  ),
});
export type PostedCreditsView = z.infer<typeof PostedCreditsView>;

const ReportTicketView = z.object({
  id: z.string(),
  number: z.string(),
  service: SlaServiceRef,
  priority: Priority,
  openedAt: z.date(),
  respondedAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  /** null = not decided yet (the clock still runs within its target). */
  responseMet: z.boolean().nullable(),
  resolutionMet: z.boolean().nullable(),
  breachedAt: z.date().nullable(),
  businessMinutesToResolve: z.number(),
});
export type ReportTicketView = z.infer<typeof ReportTicketView>;

/** Everything the monthly CSV and PDF carry. */
export const MonthReportView = z.object({
  month: z.string(),
  customerName: z.string(),
  tier: SlaTier,
  generatedAt: z.date(),
  figures: MonthFiguresView,
  tickets: z.array(ReportTicketView),
  credits: CreditsView,
});
export type MonthReportView = z.infer<typeof MonthReportView>;
