import { createRouter, customerProcedure, staffProcedure } from "~/server/api/trpc";
import {
  CreditsInput,
  CreditsView,
  DashboardInput,
  DashboardView,
  MonthReportView,
  PostCreditsInput,
  PostedCreditsView,
} from "./sla.schemas";
import { slaDeps } from "./sla-deps";
import * as sla from "./sla.service";
import { monthReport } from "./use-cases/month-report";
import { postSlaCredits } from "./use-cases/post-credits";

export const slaRouter = createRouter({
  /** Open tickets with live clocks, the month's figures and the six months' trend (owners and admins of SLA customers). */
  dashboard: customerProcedure
    .input(DashboardInput)
    .output(DashboardView)
    .query(({ ctx, input }) => sla.slaDashboard(slaDeps(ctx.deps), ctx.actor, input)),
  /** The month's credits and whether each is on a credit note yet. */
  credits: customerProcedure
    .input(CreditsInput)
    .output(CreditsView)
    .query(({ ctx, input }) => sla.slaCredits(slaDeps(ctx.deps), ctx.actor, input)),
  /** Every ticket of the month with its targets met or missed, the figures and credits: the CSV and PDF exports. */
  report: customerProcedure
    .input(CreditsInput)
    .output(MonthReportView)
    .query(({ ctx, input }) => monthReport(slaDeps(ctx.deps), ctx.actor, input)),
  /** Operator: issues the month's credits of a customer as credit notes (idempotent per ticket). */
  postCredits: staffProcedure("disputes.handle")
    .input(PostCreditsInput)
    .output(PostedCreditsView)
    .mutation(({ ctx, input }) => postSlaCredits(slaDeps(ctx.deps), ctx.actor, input)),
});
