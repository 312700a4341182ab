import { createRouter, protectedProcedure } from "~/server/api/trpc";
import { MeView, SetLocaleInput, UpdateProfileInput } from "./identity.schemas";
import * as identity from "./identity.service";

export const meRouter = createRouter({
  get: protectedProcedure.output(MeView).query(({ ctx }) => identity.getMe(ctx.deps, ctx.actor)),
});

export const profileRouter = createRouter({
  update: protectedProcedure.input(UpdateProfileInput).mutation(({ ctx, input }) => identity.updateProfile(ctx.deps, ctx.actor, input)),
  setLocale: protectedProcedure.input(SetLocaleInput).mutation(({ ctx, input }) => identity.setLocale(ctx.deps, ctx.actor, input)),
});
