import { z } from "zod";
import { billingProcedure, createRouter } from "~/server/api/trpc";
import { CancelMoveInput, MovePreviewView, MoveServiceInput, ScheduledMoveView } from "./accounts.schemas";
import * as accounts from "./accounts.service";

export const accountsRouter = createRouter({
  /** Both accounts' current bills as they would be with the service moved. */
  movePreview: billingProcedure.input(MoveServiceInput).output(MovePreviewView).query(({ ctx, input }) => accounts.previewMove(ctx.deps, ctx.actor, input)),
  moveService: billingProcedure.input(MoveServiceInput).output(ScheduledMoveView).mutation(({ ctx, input }) => accounts.moveService(ctx.deps, ctx.actor, input)),
  pendingMoves: billingProcedure.output(z.array(ScheduledMoveView)).query(({ ctx }) => accounts.pendingMoves(ctx.deps, ctx.actor)),
  cancelMove: billingProcedure.input(CancelMoveInput).output(z.void()).mutation(({ ctx, input }) => accounts.cancelMove(ctx.deps, ctx.actor, input.moveId)),
});
