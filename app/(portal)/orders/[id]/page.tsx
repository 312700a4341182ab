import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AutoRefresh } from "~/app/_components/auto-refresh";
import { DetailsList } from "~/app/_components/details-list";
import { api, orPage } from "~/app/_lib/trpc/server";
import { CancelOrder } from "~/app/(portal)/services/[id]/plan/plan-actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

/** One order and its milestone timeline (expected and actual times); refreshes itself while the order is in flight. */
export default async function OrderPage({ params }: Props) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const { id } = await params;
  const [order, t, format] = await Promise.all([orPage(caller.orders.get({ orderId: id })), getTranslations("orders"), getFormatter()]);
  const time = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const inFlight = order.state === "acknowledged" || order.state === "inProgress";
  return (
    <div className="stack">
      <p>
        <Link href="/orders">
          <span aria-hidden="true">← </span>
          {t("allOrders")}
        </Link>
      </p>
      <h1>
        {t("number")} {order.number}
      </h1>
      <p role="status">
        {t("state")}: <strong>{t(`states.${order.state}`)}</strong>
      </p>
      <DetailsList
        rows={[
          [t("change"), t("changeValue", { from: order.item.fromPlan?.name ?? "—", to: order.item.toPlan.name })],
          [t("effectiveFrom"), day(order.item.effectiveDate)],
          [t("placed"), time(order.createdAt)],
        ]}
      />
      <section aria-labelledby="timeline-heading" className="stack">
        <h2 id="timeline-heading">{t("timeline")}</h2>
        <ol className="stack">
          {order.milestones.map((m) => (
            <li key={m.name}>
              <strong>{t(`milestones.${m.name}`)}</strong>
              {" — "}
              {m.actualAt
                ? t("actual", { time: time(m.actualAt) })
                : `${t("pendingMilestone")} · ${t("expected", { time: time(m.expectedAt) })}`}
            </li>
          ))}
        </ol>
      </section>
      {order.cancellable && <CancelOrder orderId={order.id} question={t("cancelQuestion", { number: order.number })} />}
      {inFlight && <AutoRefresh everyMs={3000} />}
      <p>
        <Link href={`/services/${order.serviceId}`}>{t("back")}</Link>
      </p>
    </div>
  );
}
