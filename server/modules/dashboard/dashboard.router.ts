import { createRouter, customerProcedure } from "~/server/api/trpc";
import { DashboardView } from "./dashboard.schemas";
import { getDashboard } from "./dashboard.service";

export const dashboardRouter = createRouter({
  /** The home screen in one read: services, amounts due, line cards, the attention list and the persona's figures. */
  get: customerProcedure.output(DashboardView).query(({ ctx }) => getDashboard(ctx.deps, ctx.actor)),
});
