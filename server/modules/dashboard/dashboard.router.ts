import { createRouter, customerProcedure, staffProcedure } from "~/server/api/trpc";
import { DashboardView, StaffHomeView } from "./dashboard.schemas";
import { getDashboard } from "./dashboard.service";
import { staffHome } from "./use-cases/staff-home";

export const dashboardRouter = createRouter({
  /** The home screen in one read: services, amounts due, line cards, the attention list and the persona's figures. */
  get: customerProcedure.output(DashboardView).query(({ ctx }) => getDashboard(ctx.deps, ctx.actor)),
  /** Operator staff's home in one read: the dispatcher's open tickets, the technician's jobs today, the agent's desk. */
  staff: staffProcedure("tickets.read-all", "tickets.work-assigned", "disputes.handle")
    .output(StaffHomeView)
    .query(({ ctx }) => staffHome(ctx.deps, ctx.actor)),
});
