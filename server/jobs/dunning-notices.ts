// The portal's handler of the billing system's suspension events: the account's bill holders are told when its
// services are limited for unpaid bills and when they are restored (applied once per event id by the listener).
import type { ServiceStateChangeEvent } from "~/server/gateways/billing/billing-events";
import type { EventHandler } from "~/server/gateways/events";
import type { PortalEventContext } from "~/server/modules/events/event-context";
import { notify } from "~/server/modules/notifications/notify";
import { holdersOf } from "./billing-notices";

export const onServiceStateChange: EventHandler<ServiceStateChangeEvent, PortalEventContext> = async ({ tx }, { event }) => {
  const { billingAccount, relatedParty, state, services } = event.serviceSuspension;
  const customerId = relatedParty.find((p) => p.role === "customer")?.id;
  if (!customerId || services.length === 0) return;
  const data = { account: billingAccount.number, services: services.map((s) => s.identifier).join(", ") };
  const link = `/bills/overdue?account=${billingAccount.id}`;
  for (const userId of await holdersOf(tx, customerId)) {
    await notify(tx, { userId, customerId }, state === "suspended" ? "service.suspended" : "service.restored", data, link);
  }
};
