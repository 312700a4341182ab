import { createRouter, customerProcedure } from "~/server/api/trpc";
import { getDashboard } from "./dashboard.service";

export const dashboardRouter = createRouter({
  get: customerProcedure.query(({ ctx }) => getDashboard(ctx.deps, ctx.actor)),
});
