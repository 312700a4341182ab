import { billingProcedure, createRouter } from "~/server/api/trpc";
import { AccountDebtInput, ArrangeInput, ArrangementOfferView, ArrangementView, CollectionsView } from "./collections.schemas";
import * as collections from "./collections.service";

export const collectionsRouter = createRouter({
  /** The account's overdue bills, the dunning timeline, what is suspended and the payment arrangement. */
  get: billingProcedure
    .input(AccountDebtInput)
    .output(CollectionsView)
    .query(({ ctx, input }) => collections.getCollections(ctx.deps, ctx.actor, input)),
  /** Whether the overdue balance may be split, and into which instalments (computed here, never by the client). */
  offer: billingProcedure
    .input(AccountDebtInput)
    .output(ArrangementOfferView)
    .query(({ ctx, input }) => collections.offerArrangement(ctx.deps, ctx.actor, input)),
  arrange: billingProcedure
    .input(ArrangeInput)
    .output(ArrangementView)
    .mutation(({ ctx, input }) => collections.arrange(ctx.deps, ctx.actor, input)),
});
