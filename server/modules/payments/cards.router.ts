import { billingProcedure, createRouter } from "~/server/api/trpc";
import { cardsDeps } from "./payment-deps";
import * as cards from "./cards.service";
import { AddCardView, CardInput, CardsView, SetAutopayInput } from "./cards.schemas";

/** Saved cards and autopay: the account holders' (owners, admins, the billing role), like bills and payments. */
export const cardsRouter = createRouter({
  list: billingProcedure.output(CardsView).query(({ ctx }) => cards.listCards(cardsDeps(ctx.deps), ctx.actor)),
  /** Save a card: the Stripe Checkout page (setup mode) to send the browser to. */
  add: billingProcedure.output(AddCardView).mutation(({ ctx }) => cards.addCard(cardsDeps(ctx.deps), ctx.actor)),
  setDefault: billingProcedure
    .input(CardInput)
    .output(CardsView)
    .mutation(({ ctx, input }) => cards.setDefaultCard(cardsDeps(ctx.deps), ctx.actor, input)),
  remove: billingProcedure
    .input(CardInput)
    .output(CardsView)
    .mutation(({ ctx, input }) => cards.removeCard(cardsDeps(ctx.deps), ctx.actor, input)),
  setAutopay: billingProcedure
    .input(SetAutopayInput)
    .output(CardsView)
    .mutation(({ ctx, input }) => cards.setAutopay(cardsDeps(ctx.deps), ctx.actor, input)),
});
