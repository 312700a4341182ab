import { createRouter, enterpriseAdminProcedure, publicProcedure } from "~/server/api/trpc";
import {
  AcceptInvitationInput,
  AcceptInvitationView,
  CheckInvitationInput,
  InvitationInput,
  InvitationStateView,
  InviteInput,
  ListMembersInput,
  MembersView,
  MemberScopeView,
  MembershipInput,
  ScopeOptionsView,
  SetRoleInput,
  SetScopeInput,
  SetSuspendedInput,
} from "./members.schemas";
import * as members from "./members.service";

/** The enterprise admin's Users page: the company's people and the invitations still out. */
export const membersRouter = createRouter({
  list: enterpriseAdminProcedure
    .input(ListMembersInput)
    .output(MembersView)
    .query(({ ctx, input }) => members.listMembers(ctx.deps, ctx.actor, input)),
  scopeOptions: enterpriseAdminProcedure.output(ScopeOptionsView).query(({ ctx }) => members.scopeOptions(ctx.deps, ctx.actor)),
  scope: enterpriseAdminProcedure
    .input(MembershipInput)
    .output(MemberScopeView)
    .query(({ ctx, input }) => members.memberScope(ctx.deps, ctx.actor, input)),
  setRole: enterpriseAdminProcedure.input(SetRoleInput).mutation(({ ctx, input }) => members.setRole(ctx.deps, ctx.actor, input)),
  setSuspended: enterpriseAdminProcedure
    .input(SetSuspendedInput)
    .mutation(({ ctx, input }) => members.setSuspended(ctx.deps, ctx.actor, input)),
  setScope: enterpriseAdminProcedure.input(SetScopeInput).mutation(({ ctx, input }) => members.setScope(ctx.deps, ctx.actor, input)),
  remove: enterpriseAdminProcedure.input(MembershipInput).mutation(({ ctx, input }) => members.removeMember(ctx.deps, ctx.actor, input)),
  invite: enterpriseAdminProcedure.input(InviteInput).mutation(({ ctx, input }) => members.invite(ctx.deps, ctx.actor, input)),
  resendInvitation: enterpriseAdminProcedure
    .input(InvitationInput)
    .mutation(({ ctx, input }) => members.resendInvitation(ctx.deps, ctx.actor, input)),
  revokeInvitation: enterpriseAdminProcedure
    .input(InvitationInput)
    .mutation(({ ctx, input }) => members.revokeInvitation(ctx.deps, ctx.actor, input)),
});

/** The invitee following the e-mailed link, signed in or not. */
export const invitationRouter = createRouter({
  check: publicProcedure
    .input(CheckInvitationInput)
    .output(InvitationStateView)
    .query(({ ctx, input }) => members.checkInvitation(ctx.deps, ctx.actor, input.token)),
  accept: publicProcedure
    .input(AcceptInvitationInput)
    .output(AcceptInvitationView)
    .mutation(({ ctx, input }) => members.acceptInvitation(ctx.deps, ctx.actor, input)),
});
