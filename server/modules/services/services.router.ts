import { createRouter, customerProcedure } from "~/server/api/trpc";
import { GetServiceInput, ListServicesInput, ServicePage, ServiceView } from "./services.schemas";
import * as services from "./services.service";

export const servicesRouter = createRouter({
  list: customerProcedure
    .input(ListServicesInput)
    .output(ServicePage)
    .query(({ ctx, input }) => services.listServices(ctx.deps, ctx.actor, input)),
  get: customerProcedure
    .input(GetServiceInput)
    .output(ServiceView)
    .query(({ ctx, input }) => services.getService(ctx.deps, ctx.actor, input)),
});
