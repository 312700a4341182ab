import { z } from "zod";
import { billingProcedure, createRouter, enterpriseAdminProcedure } from "~/server/api/trpc";
import {
  BillDetailView,
  BillExplanationView,
  BillingAccountView,
  BillPage,
  CostCentreSplitInput,
  CostCentreSplitView,
  ExplainBillInput,
  GetBillInput,
  ListBillsInput,
} from "./bills.schemas";
import { billsDeps } from "./bills-deps";
import * as bills from "./bills.service";
import { explainBillChange } from "./use-cases/explain-bill";
import { costCentreSplit } from "./use-cases/split-by-cost-centre";

export const billsRouter = createRouter({
  /** The customer's billing accounts with their balances (the account switcher). */
  accounts: billingProcedure.output(z.array(BillingAccountView)).query(({ ctx }) => bills.listAccounts(billsDeps(ctx.deps), ctx.actor)),
  list: billingProcedure
    .input(ListBillsInput)
    .output(BillPage)
    .query(({ ctx, input }) => bills.listBills(billsDeps(ctx.deps), ctx.actor, input)),
  get: billingProcedure
    .input(GetBillInput)
    .output(BillDetailView)
    .query(({ ctx, input }) => bills.getBill(billsDeps(ctx.deps), ctx.actor, input)),
  /** Why this bill differs from the account's previous one. */
  explain: billingProcedure
    .input(ExplainBillInput)
    .output(BillExplanationView)
    .query(({ ctx, input }) => explainBillChange(billsDeps(ctx.deps), ctx.actor, input)),
  /** Enterprise admins: the bill per cost centre, VAT shared out so the rows add up to the total. */
  costCentreSplit: enterpriseAdminProcedure
    .input(CostCentreSplitInput)
    .output(CostCentreSplitView)
    .query(({ ctx, input }) => costCentreSplit(billsDeps(ctx.deps), ctx.actor, input)),
});
