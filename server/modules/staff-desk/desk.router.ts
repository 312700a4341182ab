import { z } from "zod";
import { createRouter, staffProcedure } from "~/server/api/trpc";
import { deskDeps } from "./desk-deps";
import {
  CreditNoteView,
  CustomerAccountView,
  CustomerHit,
  GetCustomerInput,
  IssueCreditNoteInput,
  SearchCustomersInput,
} from "./desk.schemas";
import { getCustomerAccount, searchCustomers } from "./desk.service";
import { issueGoodwillCredit } from "./use-cases/issue-goodwill-credit";

export const deskRouter = createRouter({
  /** Billing agents: customers by e-mail, name, account number or phone number. */
  search: staffProcedure("customers.read")
    .input(SearchCustomersInput)
    .output(z.array(CustomerHit))
    .query(({ ctx, input }) => searchCustomers(deskDeps(ctx.deps), input)),
  /** Billing agents: a customer's account page. */
  customer: staffProcedure("customers.read")
    .input(GetCustomerInput)
    .output(CustomerAccountView)
    .query(({ ctx, input }) => getCustomerAccount(deskDeps(ctx.deps), input)),
  /** Billing agents: a goodwill credit note on one of the customer's bills (audited). */
  creditNote: staffProcedure("credit-notes.issue")
    .input(IssueCreditNoteInput)
    .output(CreditNoteView)
    .mutation(({ ctx, input }) => issueGoodwillCredit(deskDeps(ctx.deps), ctx.actor, input)),
});
