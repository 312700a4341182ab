import { billingProcedure, createRouter } from "~/server/api/trpc";
import { CertificateInput, CertificateView, GetStatementInput, StatementView } from "./statements.schemas";
import * as statements from "./statements.service";

export const statementsRouter = createRouter({
  /** The account's ledger over [from, to] with running balances (at most 24 months). */
  get: billingProcedure
    .input(GetStatementInput)
    .output(StatementView)
    .query(({ ctx, input }) => statements.getStatement(ctx.deps, ctx.actor, input)),
  /** Whether a no-outstanding-debt certificate can be issued today, and why not. */
  certificate: billingProcedure
    .input(CertificateInput)
    .output(CertificateView)
    .query(({ ctx, input }) => statements.getCertificate(ctx.deps, ctx.actor, input)),
});
