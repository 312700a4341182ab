import { z } from "zod";
import { locales } from "~/server/lib/locales";
import { text } from "~/server/lib/text";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SignInInput } from "~/server/modules/identity/identity.schemas";

/** The roles an admin hands out (the owner is the customer's own, set by the operator). */
export const assignableRoles = ["admin", "billing", "technical", "member"] as const;
export const MEMBERS_PAGE_SIZE = 20;
/** How many lines one scope may name (the rest is "all lines"). */
const MAX_SCOPE_LINES = 1000;

const role = z.enum(assignableRoles);
const id = z.uuid();

/** All of the company's lines, or the listed ones (at least one). */
const scope = z.discriminatedUnion("allServices", [
  z.strictObject({ allServices: z.literal(true) }),
  z.strictObject({ allServices: z.literal(false), serviceIds: z.array(id).min(1).max(MAX_SCOPE_LINES) }),
]);
export type Scope = z.infer<typeof scope>;

export const ListMembersInput = z.strictObject({
  q: text(120).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
});
export type ListMembersInput = z.infer<typeof ListMembersInput>;

export const SetRoleInput = z.strictObject({ membershipId: id, role });
export type SetRoleInput = z.infer<typeof SetRoleInput>;
export const SetSuspendedInput = z.strictObject({ membershipId: id, suspended: z.boolean() });
export type SetSuspendedInput = z.infer<typeof SetSuspendedInput>;
export const SetScopeInput = z.strictObject({ membershipId: id, scope });
export type SetScopeInput = z.infer<typeof SetScopeInput>;
export const MembershipInput = z.strictObject({ membershipId: id });
export type MembershipInput = z.infer<typeof MembershipInput>;

export const InviteInput = z.strictObject({ email: SignInInput.shape.email, role, scope });
export type InviteInput = z.infer<typeof InviteInput>;
export const InvitationInput = z.strictObject({ invitationId: id });
export type InvitationInput = z.infer<typeof InvitationInput>;

const memberView = z.object({
  membershipId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  allServices: z.boolean(),
  lineCount: z.number(),
  suspended: z.boolean(),
  you: z.boolean(),
});
const invitationView = z.object({
  invitationId: z.string(),
  email: z.string(),
  role: z.string(),
  allServices: z.boolean(),
  lineCount: z.number(),
  createdAt: z.date(),
  expiresAt: z.date(),
  expired: z.boolean(),
});
export const MembersView = z.object({
  members: z.array(memberView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  invitations: z.array(invitationView),
});
export type MembersView = z.infer<typeof MembersView>;

export const ScopeOptionsView = z.array(
  z.object({ id: z.string(), label: z.string(), kind: z.string(), costCentre: z.string().nullable() }),
);
export const MemberScopeView = z.object({
  membershipId: z.string(),
  name: z.string(),
  allServices: z.boolean(),
  serviceIds: z.array(z.string()),
});

// ── the invitee, following the e-mailed link ──

const linkToken = z.string().max(200);
export const CheckInvitationInput = z.strictObject({ token: linkToken });
export const invitationStates = ["valid", "used", "expired", "revoked", "unknown"] as const;
export const InvitationStateView = z.discriminatedUnion("state", [
  z.object({ state: z.literal("valid"), company: z.string(), email: z.string(), hasAccount: z.boolean(), signedInAsInvitee: z.boolean() }),
  z.object({ state: z.enum(["used", "expired", "revoked", "unknown"]) }),
]);
export type InvitationStateView = z.infer<typeof InvitationStateView>;

/** A new account gives its name and password; someone who has an account accepts signed in as it. */
export const AcceptInvitationInput = z.strictObject({
  token: linkToken,
  account: z
    .strictObject({
      name: text(120).pipe(z.string().min(1)),
      password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
      locale: z.enum(locales),
    })
    .optional(),
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;
export const AcceptInvitationView = z.object({
  state: z.enum(["accepted", "sign_in_required", "account_required", "used", "expired", "revoked", "unknown"]),
  email: z.string().optional(),
  /** the company joined, to act for it at once */
  customerId: z.string().optional(),
});
export type AcceptInvitationView = z.infer<typeof AcceptInvitationView>;
