import { z } from "zod";
import { billingProcedure, createRouter } from "~/server/api/trpc";
import { BillDetailView, BillingAccountView, BillPage, GetBillInput, ListBillsInput } from "./bills.schemas";
import * as bills from "./bills.service";

export const billsRouter = createRouter({
  /** The customer's billing accounts with their balances (the account switcher). */
  accounts: billingProcedure.output(z.array(BillingAccountView)).query(({ ctx }) => bills.listAccounts(ctx.deps, ctx.actor)),
  list: billingProcedure.input(ListBillsInput).output(BillPage).query(({ ctx, input }) => bills.listBills(ctx.deps, ctx.actor, input)),
  get: billingProcedure.input(GetBillInput).output(BillDetailView).query(({ ctx, input }) => bills.getBill(ctx.deps, ctx.actor, input)),
});
