import { z } from "zod";
import { billingProcedure, createRouter } from "~/server/api/trpc";
import { movesDeps } from "./moves.repository";
import { CancelMoveInput, MovePreviewView, MoveServiceInput, ScheduledMoveView } from "./moves.schemas";
import * as moves from "./moves.service";

export const movesRouter = createRouter({
  /** Both accounts' current bills as they would be with the service moved. */
  preview: billingProcedure
    .input(MoveServiceInput)
    .output(MovePreviewView)
    .query(({ ctx, input }) => moves.previewMove(movesDeps(ctx.deps), ctx.actor, input)),
  schedule: billingProcedure
    .input(MoveServiceInput)
    .output(ScheduledMoveView)
    .mutation(({ ctx, input }) => moves.scheduleMove(movesDeps(ctx.deps), ctx.actor, input)),
  pending: billingProcedure.output(z.array(ScheduledMoveView)).query(({ ctx }) => moves.pendingMoves(movesDeps(ctx.deps), ctx.actor)),
  cancel: billingProcedure
    .input(CancelMoveInput)
    .output(z.void())
    .mutation(({ ctx, input }) => moves.cancelMove(movesDeps(ctx.deps), ctx.actor, input.moveId)),
});
