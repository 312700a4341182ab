import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { LineCardView } from "~/server/modules/dashboard/dashboard.schemas";
import type { ServiceView } from "~/server/modules/services/services.schemas";
import type { MeterView } from "~/server/modules/usage/usage.schemas";
import { formatMoney, formatPeriod } from "./bill-format";
import { ServiceCard } from "./service-card";
import { useQuantityText } from "./usage-quantity";
import "./home.css";

/** A line on the home screen: what is left of each allowance, its share of the last bill, and an order, repair or outage on it. */
export function LineCard({ service, card }: { service: ServiceView; card: LineCardView | undefined }) {
  const t = useTranslations("home");
  const tickets = useTranslations("tickets.states");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const ticket = card?.ticket;
  return (
    <ServiceCard service={service}>
      {service.status === "suspended" && <p className="overdue">{t("suspended")}</p>}
      {card && card.meters.length > 0 && (
        <div className="stack line-meters" role="group" aria-label={t("allowanceTitle")}>
          {card.meters.map((m) => (
            <LineMeter key={m.kind} meter={m} id={`line-${service.id}-${m.kind}`} />
          ))}
        </div>
      )}
      {card?.share && (
        <p>
          <Link href={`/bills/${card.share.billId}`}>
            {t("shareOfBill", {
              amount: formatMoney(format, card.share.net.amountMinor, card.share.net.currency),
              period: formatPeriod(format, card.share.period),
            })}
          </Link>
        </p>
      )}
      {card?.outage && (
        <p className="overdue">
          <Link href={`/services/${service.id}`}>{t("outageOnLine", { title: card.outage.title })}</Link>
        </p>
      )}
      {ticket && (
        <p>
          <Link href={`/tickets/${ticket.id}`}>{t("ticket", { number: ticket.number, state: tickets(ticket.state) })}</Link>{" "}
          <span className={ticket.resolution.breached ? "overdue" : "muted"}>
            {ticket.resolution.breached
              ? t("ticketBreached", { date: when(ticket.resolution.dueAt) })
              : t("ticketDue", { date: when(ticket.resolution.dueAt) })}
          </span>
        </p>
      )}
      {card?.order && (
        <p>
          <Link href={`/orders/${card.order.id}`}>
            {card.order.next
              ? t("order", {
                  number: card.order.number,
                  milestone: t(`milestones.${card.order.next.name}`),
                  date: when(card.order.next.expectedAt),
                })
              : t("orderDone", { number: card.order.number })}
          </Link>
        </p>
      )}
    </ServiceCard>
  );
}

/** What is left of one allowance: a meter named by its kind, with the figure as text beside it. */
function LineMeter({ meter, id }: { meter: MeterView; id: string }) {
  const t = useTranslations("home");
  const text = useQuantityText();
  const kind = t(`usageKinds.${meter.kind}`);
  if (meter.allowance === null)
    return (
      <p className="line-meter">
        <span className="usage-meter-kind">{kind}</span> {t("unlimited")}
      </p>
    );
  const reading = t("left", { left: text(meter.kind, meter.remaining ?? 0), allowance: text(meter.kind, meter.allowance) });
  return (
    <div className="line-meter">
      <p className="usage-meter-head">
        <span id={`${id}-label`} className="usage-meter-kind">
          {kind}
        </span>
        <span id={`${id}-text`}>{reading}</span>
      </p>
      {meter.allowance > 0 && (
        <meter
          min={0}
          max={meter.allowance}
          value={meter.remaining ?? 0}
          low={meter.allowance * 0.2}
          optimum={meter.allowance}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-text`}
        >
          {reading}
        </meter>
      )}
    </div>
  );
}
