// Every kind of notification the product sends, with the data its texts need.
export type NotificationData = {
  "account.profile-updated": { fields: string };
  "service.status-changed": { service: string; status: "pending" | "active" | "suspended" | "terminated" };
  "bill.issued": { period: string; amount: string };
  "payment.received": { amount: string };
  /** scheduled: the pre-debit notice (charged on `date`); failed: the card was refused, pay by `date` (the due date) */
  "payment.autopay": { amount: string; date: string; outcome: "scheduled" | "failed" };
  "order.updated": { order: string; stage: string };
  "ticket.updated": { ticket: string; status: string };
  "usage.threshold": { service: string; percent: number };
  "usage.roaming": { service: string };
  /** step 1 reminder, 2 second reminder, 3 suspension warning */
  "bill.overdue": { bill: string; amount: string; step: number };
  /** an account's services limited for unpaid bills: `services` lists each with what it lost */
  "service.suspended": { account: string; services: string };
  "service.restored": { account: string; services: string };
};
export type NotificationKind = keyof NotificationData;

export const notificationKinds = [
  "account.profile-updated",
  "service.status-changed",
  "bill.issued",
  "payment.received",
  "payment.autopay",
  "order.updated",
  "ticket.updated",
  "usage.threshold",
  "usage.roaming",
  "bill.overdue",
  "service.suspended",
  "service.restored",
] as const satisfies readonly NotificationKind[];

export const channels = ["in_app", "email"] as const;
export type Channel = (typeof channels)[number];

/** Security notices cannot be switched off by e-mail: a stolen session must not silence them. */
export const mandatory: Partial<Record<NotificationKind, Channel[]>> = { "account.profile-updated": ["email"] };

export const isNotificationKind = (v: string): v is NotificationKind => (notificationKinds as readonly string[]).includes(v);
