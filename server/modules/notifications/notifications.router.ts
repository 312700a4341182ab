import { z } from "zod";
import { createRouter, protectedProcedure } from "~/server/api/trpc";
import { ListNotificationsInput, MarkReadInput, SetPreferenceInput } from "./notifications.schemas";
import * as notifications from "./notifications.service";

export const notificationsRouter = createRouter({
  list: protectedProcedure
    .input(ListNotificationsInput)
    .query(({ ctx, input }) => notifications.listNotifications(ctx.deps, ctx.actor, input)),
  unreadCount: protectedProcedure.output(z.number()).query(({ ctx }) => notifications.unreadCount(ctx.deps, ctx.actor)),
  markRead: protectedProcedure.input(MarkReadInput).mutation(({ ctx, input }) => notifications.markRead(ctx.deps, ctx.actor, input)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => notifications.markAllRead(ctx.deps, ctx.actor)),
  preferences: protectedProcedure.query(({ ctx }) => notifications.listPreferences(ctx.deps, ctx.actor)),
  setPreference: protectedProcedure
    .input(SetPreferenceInput)
    .mutation(({ ctx, input }) => notifications.setPreference(ctx.deps, ctx.actor, input)),
});
