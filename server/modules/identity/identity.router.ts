import { z } from "zod";
import { createRouter, protectedProcedure, publicProcedure } from "~/server/api/trpc";
import * as access from "./account-access.service";
import {
  ChangePasswordInput,
  CheckLinkInput,
  LinkRequestedView,
  LinkStateView,
  MeView,
  RequestLinkInput,
  ResetPasswordInput,
  ResetPasswordView,
  SetLocaleInput,
  SignInView,
  UpdateProfileInput,
} from "./identity.schemas";
import * as identity from "./identity.service";
import * as security from "./security.service";

export const meRouter = createRouter({
  get: protectedProcedure.output(MeView).query(({ ctx }) => identity.getMe(ctx.deps, ctx.actor)),
});

export const profileRouter = createRouter({
  update: protectedProcedure.input(UpdateProfileInput).mutation(({ ctx, input }) => identity.updateProfile(ctx.deps, ctx.actor, input)),
  setLocale: protectedProcedure.input(SetLocaleInput).mutation(({ ctx, input }) => identity.setLocale(ctx.deps, ctx.actor, input)),
});

/** Without signing in: e-mailed links to set a new password or to sign in. */
export const accountRouter = createRouter({
  requestPasswordReset: publicProcedure
    .input(RequestLinkInput)
    .output(LinkRequestedView)
    .mutation(({ ctx, input }) => access.requestLink(ctx.deps, "password_reset", input, ctx.ip)),
  requestSignInLink: publicProcedure
    .input(RequestLinkInput)
    .output(LinkRequestedView)
    .mutation(({ ctx, input }) => access.requestLink(ctx.deps, "sign_in_link", input, ctx.ip)),
  checkLink: publicProcedure
    .input(CheckLinkInput)
    .output(LinkStateView)
    .query(({ ctx, input }) => access.checkLink(ctx.deps, input)),
  resetPassword: publicProcedure
    .input(ResetPasswordInput)
    .output(ResetPasswordView)
    .mutation(({ ctx, input }) => access.resetPassword(ctx.deps, input)),
});

/** The signed-in person's own password, sessions and sign-ins. */
export const securityRouter = createRouter({
  changePassword: protectedProcedure
    .input(ChangePasswordInput)
    .mutation(({ ctx, input }) => security.changePassword(ctx.deps, ctx.actor, input)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => security.signOutEverywhere(ctx.deps, ctx.actor)),
  signIns: protectedProcedure.output(z.array(SignInView)).query(({ ctx }) => security.listSignIns(ctx.deps, ctx.actor)),
});
