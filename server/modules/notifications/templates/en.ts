import type { Templates } from "./types";

export const en = {
  footer: "You receive this because of your notification settings at {appUrl}/settings/notifications",
  open: "Open in the portal: {link}",
  kinds: {
    "account.profile-updated": {
      title: "Your contact details were changed",
      body: "Changed: {fields}. If this was not you, contact us at once.",
    },
    "service.status-changed": {
      title:
        "Service {service} is now {status, select, active {active} suspended {suspended} terminated {terminated} pending " +
        "{pending} other {{status}}}",
      body:
        "The status of {service} changed to {status, select, active {active} suspended {suspended} terminated {terminated} pending " +
        "{pending} other {{status}}}.",
    },
    "bill.issued": { title: "Your bill for {period} is ready", body: "The total is {amount}." },
    "payment.received": { title: "Payment received", body: "Thank you: we received {amount}." },
    "payment.autopay": {
      title: "{outcome, select, failed {Autopay could not charge your card} other {Autopay will charge {amount} on {date}}}",
      body:
        "{outcome, select, failed {We could not charge {amount} to your saved card. Please pay the bill by {date}.} other " +
        "{Your new bill of {amount} will be charged to your default card on {date}. Nothing to do.}}",
    },
    "order.updated": { title: "Order {order}: {stage}", body: "Your order {order} moved to: {stage}." },
    "ticket.updated": {
      title:
        "Ticket {ticket}: {status, select, acknowledged {received} in_progress {in progress} pending {waiting for you} held {on " +
        "hold} resolved {fixed} closed {closed} cancelled {cancelled} rejected {rejected} sla_at_risk {at risk of missing its " +
        "SLA target} sla_breached {past its SLA target} other {{status}}}",
      body:
        "Your ticket {ticket} is now: {status, select, acknowledged {received} in_progress {in progress} pending {waiting for you} " +
        "held {on hold} resolved {fixed} closed {closed} cancelled {cancelled} rejected {rejected} sla_at_risk {at risk of missing " +
        "its SLA target} sla_breached {past its SLA target} other {{status}}}.",
    },
    "usage.threshold": {
      title: "{service}: {percent}% of your allowance used",
      body: "You have used {percent}% of the allowance of {service} this period.",
    },
    "usage.roaming": {
      title: "{service} is roaming",
      body:
        "{service} was used abroad this period. Roaming in the EU draws on your allowance; outside the EU it is charged from the " +
        "first unit.",
    },
    "bill.overdue": {
      title: "{step, select, 1 {Reminder} 2 {Second reminder} other {Final notice}}: bill {bill} is overdue",
      body:
        "{amount} of bill {bill} is past its due date. {step, select, 3 {Unless it is paid within 7 days, your services may be " +
        "suspended.} other {Please pay it, or tell us if you disagree with the bill.}}",
    },
    "service.suspended": {
      title: "Services on account {account} are limited for unpaid bills",
      body:
        "Because bills on account {account} remain unpaid, these services are limited: {services}. Calls, including emergency " +
        "calls, keep working. Pay the overdue amount or set up a payment plan in the portal and they come back within minutes.",
    },
    "service.restored": {
      title: "Services on account {account} are back in full",
      body: "Thank you. The limits for unpaid bills are lifted from: {services}.",
    },
  },
} satisfies Templates;
