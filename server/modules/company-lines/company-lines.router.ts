import { createRouter, enterpriseAdminProcedure } from "~/server/api/trpc";
import { AssignLinesInput, CompanyLinesView, ImportInput, ImportView, LineChoicesView, ListLinesInput } from "./company-lines.schemas";
import * as lines from "./company-lines.service";

/** The enterprise admin's lines table: filters, sort, bulk assignment, and the assignments file. */
export const companyLinesRouter = createRouter({
  list: enterpriseAdminProcedure
    .input(ListLinesInput)
    .output(CompanyLinesView)
    .query(({ ctx, input }) => lines.listLines(ctx.deps, ctx.actor, input)),
  choices: enterpriseAdminProcedure.output(LineChoicesView).query(({ ctx }) => lines.lineChoices(ctx.deps, ctx.actor)),
  assign: enterpriseAdminProcedure.input(AssignLinesInput).mutation(({ ctx, input }) => lines.assignLines(ctx.deps, ctx.actor, input)),
  previewImport: enterpriseAdminProcedure
    .input(ImportInput)
    .output(ImportView)
    .mutation(({ ctx, input }) => lines.previewImport(ctx.deps, ctx.actor, input)),
  applyImport: enterpriseAdminProcedure
    .input(ImportInput)
    .output(ImportView)
    .mutation(({ ctx, input }) => lines.applyImport(ctx.deps, ctx.actor, input)),
});
