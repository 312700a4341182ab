import { z } from "zod";
import { createRouter, staffProcedure } from "~/server/api/trpc";
import { assignCredit, listCredits, returnCredit } from "../use-cases/resolve-credit";
import { importStatement } from "../use-cases/import-statement";
import { bankDeps } from "../payment-deps";
import { AssignCreditInput, BankCreditView, ImportResult, ImportStatementInput, ListCreditsInput, ReturnCreditInput } from "./bank.schemas";

export const bankRouter = createRouter({
  /** Billing agents: import a bank statement (CAMT.053 or CSV); credits are matched to bills and posted, once each. */
  import: staffProcedure("payments.reconcile")
    .input(ImportStatementInput)
    .output(ImportResult)
    .mutation(({ ctx, input }) => importStatement(bankDeps(ctx.deps), ctx.actor.userId, input)),
  /** Credits in a state, newest first (by default those waiting for an agent). */
  credits: staffProcedure("payments.reconcile")
    .input(ListCreditsInput)
    .output(z.array(BankCreditView))
    .query(({ ctx, input }) => listCredits(bankDeps(ctx.deps), input)),
  assign: staffProcedure("payments.reconcile")
    .input(AssignCreditInput)
    .output(BankCreditView)
    .mutation(({ ctx, input }) => assignCredit(bankDeps(ctx.deps), ctx.actor, input)),
  return: staffProcedure("payments.reconcile")
    .input(ReturnCreditInput)
    .output(BankCreditView)
    .mutation(({ ctx, input }) => returnCredit(bankDeps(ctx.deps), ctx.actor, input)),
});
