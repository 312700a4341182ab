// The billing system's event feed, TMF678-shaped: a CustomerBillCreateEvent per bill issued
// (payment events come later) and a ServiceStateChangeEvent per debt suspension or restoration. What the portal's
// handlers receive, from the built-in system or a hub.
import type { BarredFeature, SuspensionReason } from "~/server/domain/billing/suspension";
import type { TmfEvent } from "~/server/gateways/events";
import type { IsoDate, Money } from "./billing-views";

/** The bill as the event carries it: enough to tell its holders, with relatedParty naming the customer. */
export type CustomerBillRef = {
  id: string;
  billNo: string;
  period: string;
  billDate: IsoDate;
  paymentDueDate: IsoDate;
  billingAccount: { id: string; number: string; name: string };
  relatedParty: { id: string; role: "customer" }[];
  taxIncludedAmount: Money;
};

export type CustomerBillCreateEvent = TmfEvent<"CustomerBillCreateEvent", { customerBill: CustomerBillRef }>;
/** Services of an account suspended for unpaid bills, or restored (TMF638 ServiceStateChangeEvent, one per account and change). */
export type ServiceSuspensionRef = {
  billingAccount: { id: string; number: string };
  relatedParty: { id: string; role: "customer" }[];
  state: "suspended" | "restored";
  reason: SuspensionReason;
  services: { id: string; kind: string; identifier: string; barred: BarredFeature[] }[];
};

export type ServiceStateChangeEvent = TmfEvent<"ServiceStateChangeEvent", { serviceSuspension: ServiceSuspensionRef }>;
export type BillingEvent = CustomerBillCreateEvent | ServiceStateChangeEvent;
