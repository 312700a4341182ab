// Who is asking: built once per request from the session, then passed to every use case.
import type { CustomerKind, MemberRole, StaffRole } from "~/server/db/generated/enums";
import type { AppLocale } from "~/server/lib/locales";
import { permissionsOf, type Permission } from "./permissions";

export type CustomerActor = {
  kind: "customer";
  userId: string;
  locale: AppLocale;
  customerId: string;
  customerKind: CustomerKind;
  role: MemberRole;
  /** null = every service of the customer; otherwise only these */
  serviceIds: string[] | null;
};

export type StaffActor = {
  kind: "staff";
  userId: string;
  locale: AppLocale;
  staffRole: StaffRole;
  permissions: readonly Permission[];
};

export type Principal = CustomerActor | StaffActor;

export const isEnterpriseAdmin = (a: Principal): a is CustomerActor =>
  a.kind === "customer" && a.customerKind === "enterprise" && (a.role === "owner" || a.role === "admin");

/** Bills and payments are the account holders' business: owners, admins and the billing role. */
export const billHolderRoles = ["owner", "admin", "billing"] as const satisfies readonly MemberRole[];
export const canSeeBills = (a: Principal): a is CustomerActor =>
  a.kind === "customer" && (billHolderRoles as readonly MemberRole[]).includes(a.role);

export type PrincipalSource = {
  id: string;
  locale: AppLocale;
  staffRole: StaffRole | null;
  memberships: {
    customerId: string;
    role: MemberRole;
    allServices: boolean;
    customer: { kind: CustomerKind };
    grants: { serviceId: string }[];
  }[];
};

/** Pure: picks the requested customer when the user belongs to it, else the first membership. */
export function toPrincipal(user: PrincipalSource, requestedCustomerId?: string | null): Principal | null {
  if (user.staffRole) {
    return { kind: "staff", userId: user.id, locale: user.locale, staffRole: user.staffRole, permissions: permissionsOf(user.staffRole) };
  }
  const m = user.memberships.find((x) => x.customerId === requestedCustomerId) ?? user.memberships[0];
  if (!m) return null;
  return {
    kind: "customer",
    userId: user.id,
    locale: user.locale,
    customerId: m.customerId,
    customerKind: m.customer.kind,
    role: m.role,
    serviceIds: m.allServices ? null : m.grants.map((g) => g.serviceId),
  };
}
