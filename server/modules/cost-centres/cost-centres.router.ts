import { createRouter, enterpriseAdminProcedure } from "~/server/api/trpc";
import {
  CostCentreInput,
  CostCentreLinesView,
  CostCentresView,
  CreateCostCentreInput,
  CreatedCostCentreView,
  RenameCostCentreInput,
  SetCostCentreArchivedInput,
} from "./cost-centres.schemas";
import * as centres from "./cost-centres.service";

/** The enterprise admin's cost centres: the table with each centre's lines and spend, and its changes. */
export const costCentresRouter = createRouter({
  list: enterpriseAdminProcedure.output(CostCentresView).query(({ ctx }) => centres.listCostCentres(ctx.deps, ctx.actor)),
  lines: enterpriseAdminProcedure
    .input(CostCentreInput)
    .output(CostCentreLinesView)
    .query(({ ctx, input }) => centres.centreLines(ctx.deps, ctx.actor, input)),
  create: enterpriseAdminProcedure
    .input(CreateCostCentreInput)
    .output(CreatedCostCentreView)
    .mutation(({ ctx, input }) => centres.createCostCentre(ctx.deps, ctx.actor, input)),
  rename: enterpriseAdminProcedure
    .input(RenameCostCentreInput)
    .mutation(({ ctx, input }) => centres.renameCostCentre(ctx.deps, ctx.actor, input)),
  setArchived: enterpriseAdminProcedure
    .input(SetCostCentreArchivedInput)
    .mutation(({ ctx, input }) => centres.setCostCentreArchived(ctx.deps, ctx.actor, input)),
});
