import { createRouter, enterpriseAdminProcedure } from "~/server/api/trpc";
import { CompanyProfileView, UpdateCompanyProfileInput, UpdatedCompanyProfileView } from "./company.schemas";
import { companyProfile, updateCompanyProfile } from "./company.service";

/** The enterprise admin's company profile: how the company is named on its bills, and who to ask about them. */
export const companyRouter = createRouter({
  get: enterpriseAdminProcedure.output(CompanyProfileView).query(({ ctx }) => companyProfile(ctx.deps, ctx.actor)),
  update: enterpriseAdminProcedure
    .input(UpdateCompanyProfileInput)
    .output(UpdatedCompanyProfileView)
    .mutation(({ ctx, input }) => updateCompanyProfile(ctx.deps, ctx.actor, input)),
});
