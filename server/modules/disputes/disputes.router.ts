import { z } from "zod";
import { billingProcedure, createRouter, staffProcedure } from "~/server/api/trpc";
import { BillDisputesInput, DisputeView, OpenDisputeInput, ResolveDisputeInput } from "./disputes.schemas";
import { disputeDeps } from "./dispute-deps";
import * as disputes from "./disputes.service";

export const disputesRouter = createRouter({
  /** "Dispute this line" on a bill. */
  open: billingProcedure
    .input(OpenDisputeInput)
    .output(DisputeView)
    .mutation(({ ctx, input }) => disputes.openDispute(disputeDeps(ctx.deps), ctx.actor, input)),
  forBill: billingProcedure
    .input(BillDisputesInput)
    .output(z.array(DisputeView))
    .query(({ ctx, input }) => disputes.billDisputes(disputeDeps(ctx.deps), ctx.actor, input.billId)),
  /** Billing agents: every open dispute, oldest first. */
  queue: staffProcedure("disputes.handle")
    .output(z.array(DisputeView))
    .query(({ ctx }) => disputes.openDisputes(disputeDeps(ctx.deps))),
  resolve: staffProcedure("disputes.handle")
    .input(ResolveDisputeInput)
    .output(DisputeView)
    .mutation(({ ctx, input }) => disputes.resolveDispute(disputeDeps(ctx.deps), ctx.actor, input)),
});
