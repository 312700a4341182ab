// Who hears about a customer's bills, and how an amount reads in a notice; the portal's handler of
// the billing system's feed (a bill issued tells its holders).
import { billHolderRoles } from "~/server/auth/principal";
import type { Db, Tx } from "~/server/db/client";
import type { BillingEvent, CustomerBillRef } from "~/server/gateways/billing/billing-events";
import { createEventListener, type EventHandlers } from "~/server/gateways/events";
import { processedEvents, type PortalEventContext } from "~/server/modules/events/events.repository";
import { formatAmount } from "~/server/lib/text";
import { notify } from "~/server/modules/notifications/notify";
import { scheduleAutopayRun } from "~/server/modules/payments/cards.repository";
import { autopayDay } from "~/server/modules/payments/use-cases/autopay";
import { onServiceStateChange } from "./dunning-notices";

/** Owners, admins and the billing role of a customer: the people who may see the bills. */
export const holdersOf = (db: Db | Tx, customerId: string) =>
  db.membership
    .findMany({ where: { customerId, role: { in: [...billHolderRoles] } }, select: { userId: true }, orderBy: { createdAt: "asc" } })
    .then((members) => members.map((m) => m.userId));

/** The same, one lookup per customer for a whole job run (a customer with many bills is asked about once). */
export function billHolders(db: Db): (customerId: string) => Promise<string[]> {
  const known = new Map<string, Promise<string[]>>();
  return (customerId) => {
    let holders = known.get(customerId);
    if (!holders) known.set(customerId, (holders = holdersOf(db, customerId)));
    return holders;
  };
}

/**
 * Autopay charges a new bill three days after its issue date, and never after its due date: from the bill's own
 * dates, so a feed that delivers late does not move the day the customer was told.
 */
const AUTOPAY_NOTICE_MS = 3 * 86_400_000;

async function scheduleAutopay(tx: Tx, customerId: string, bill: CustomerBillRef, receivedAt: Date) {
  const amountMinor = bill.taxIncludedAmount.amountMinor;
  if (amountMinor <= 0) return;
  const at = (day: string) => new Date(`${day}T06:00:00Z`).getTime();
  const chargeAt = new Date(Math.min(at(bill.billDate) + AUTOPAY_NOTICE_MS, at(bill.paymentDueDate)));
  const run = {
    billId: bill.id,
    billingAccountId: bill.billingAccount.id,
    customerId,
    billNumber: bill.billNo,
    currency: bill.taxIncludedAmount.currency,
    amountMinor,
    chargeAt,
  };
  const notice = { amount: formatAmount(amountMinor, run.currency), date: autopayDay(chargeAt), outcome: "scheduled" as const };
  await scheduleAutopayRun(tx, run, notice, receivedAt);
}

const billingEventHandlers: EventHandlers<BillingEvent, PortalEventContext> = {
  async CustomerBillCreateEvent({ tx }, { eventTime, event: { customerBill: bill } }) {
    const customerId = bill.relatedParty.find((p) => p.role === "customer")?.id;
    if (!customerId) return;
    const amount = formatAmount(BigInt(bill.taxIncludedAmount.amountMinor), bill.taxIncludedAmount.currency);
    for (const userId of await holdersOf(tx, customerId)) {
      await notify(tx, { userId, customerId }, "bill.issued", { period: bill.period, amount }, `/bills/${bill.id}`);
    }
    await scheduleAutopay(tx, customerId, bill, new Date(eventTime));
  },
  ServiceStateChangeEvent: (ctx, event) => onServiceStateChange(ctx, event),
};

/** Where the billing feed enters the portal: applied once per event id, then the handlers above. */
export const billingEventListener = (db: Db) =>
  createEventListener<BillingEvent, PortalEventContext>(processedEvents(db), billingEventHandlers);
