import { createRouter, enterpriseAdminProcedure } from "~/server/api/trpc";
import { AuditListInput, AuditListView } from "./audit.schemas";
import { listAudit } from "./audit.service";

/** The company's audit log, for its admins. */
export const auditRouter = createRouter({
  list: enterpriseAdminProcedure
    .input(AuditListInput)
    .output(AuditListView)
    .query(({ ctx, input }) => listAudit(ctx.deps, ctx.actor, input)),
});
