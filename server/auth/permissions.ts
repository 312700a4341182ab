import type { StaffRole } from "~/server/db/generated/enums";

export const permissions = [
  "tickets.read-all",
  "tickets.dispatch",
  "tickets.work-assigned",
  "outages.manage",
  "bills.read-all",
  "disputes.handle",
  "payments.refund",
  "payments.reconcile",
  "customers.read",
  "credit-notes.issue",
] as const;
export type Permission = (typeof permissions)[number];

const byRole: Record<StaffRole, readonly Permission[]> = {
  dispatcher: ["tickets.read-all", "tickets.dispatch", "outages.manage"],
  technician: ["tickets.work-assigned"],
  billing_agent: ["bills.read-all", "disputes.handle", "payments.refund", "payments.reconcile", "customers.read", "credit-notes.issue"],
};

export const permissionsOf = (role: StaffRole) => byRole[role];
