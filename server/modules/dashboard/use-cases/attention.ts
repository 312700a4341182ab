import type { ServiceView } from "~/server/modules/services/services.schemas";
import type { ServiceOutageView, TicketSummaryView } from "~/server/modules/tickets/tickets.schemas";
import type { AttentionItem, LineCardView } from "../dashboard.schemas";
import { unpaid, type AccountBills } from "./money";

/** A meter at or above this share of its allowance is worth a look before it runs out. */
export const USAGE_ALERT_PERCENT = 80;

type Sources = {
  accounts: readonly AccountBills[];
  services: readonly ServiceView[];
  cards: readonly Pick<LineCardView, "serviceId" | "meters">[];
  tickets: readonly TicketSummaryView[];
  outages: readonly ServiceOutageView[];
  /** a company admin's invitations not accepted yet */
  invitations: readonly { invitationId: string; email: string; createdAt: Date }[];
  now: Date;
};

const ref = (s: { kind: ServiceView["kind"]; identifier: string; label: string | null }) => ({
  kind: s.kind,
  identifier: s.identifier,
  label: s.label,
});

/** Everything that wants the customer now, newest first: overdue bills, allowances nearly used, tickets, outages. */
export function attentionList({ accounts, services, cards, tickets, outages, invitations, now }: Sources): AttentionItem[] {
  const today = now.toISOString().slice(0, 10);
  const base = { service: null, percent: null };
  const bills = accounts.flatMap((a) =>
    unpaid(a.bills)
      .filter((b) => b.paymentDueDate < today)
      .map((b): AttentionItem => ({
        ...base,
        kind: "overdue_bill",
        id: b.id,
        href: `/bills/${b.id}`,
        title: b.billNo,
        at: dayStart(b.paymentDueDate),
      })),
  );
  const byId = new Map(services.map((s) => [s.id, s]));
  const usage = cards.flatMap((c) =>
    c.meters
      .filter((m) => m.percent !== null && m.percent >= USAGE_ALERT_PERCENT)
      .map((m): AttentionItem => ({
        kind: "usage_alert",
        id: c.serviceId,
        href: `/usage`,
        title: m.kind,
        service: ref(byId.get(c.serviceId)!),
        percent: m.percent,
        at: now,
      })),
  );
  const waiting = tickets.flatMap((t): AttentionItem[] => {
    const kind = t.state === "pending" ? "ticket_waiting" : t.state === "resolved" ? "fix_to_confirm" : null;
    if (!kind) return [];
    return [
      {
        kind,
        id: t.id,
        href: `/tickets/${t.id}`,
        title: t.number,
        service: ref(t.service),
        percent: null,
        at: t.resolvedAt ?? t.createdAt,
      },
    ];
  });
  const cuts = outages.map((o): AttentionItem => ({
    ...base,
    kind: "outage",
    id: o.id,
    href: outageHref(o),
    title: o.title,
    at: o.startedAt,
  }));
  const invited = invitations.map((i): AttentionItem => ({
    ...base,
    kind: "invitation_pending",
    id: i.invitationId,
    href: "/enterprise/users",
    title: i.email,
    at: i.createdAt,
  }));
  return [...bills, ...usage, ...waiting, ...cuts, ...invited].sort((a, b) => b.at.getTime() - a.at.getTime());
}

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** An outage is followed on the page of the first line it covers. */
const outageHref = (o: ServiceOutageView) => (o.serviceIds[0] ? `/services/${o.serviceIds[0]}` : "/tickets");
