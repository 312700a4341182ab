// The billing system's event feed, TMF678-shaped: a CustomerBillCreateEvent per bill issued
// (payment events come later). What the portal's handlers receive, from the built-in system or a hub.
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
export type BillingEvent = CustomerBillCreateEvent;
