import { DetailsList } from "~/app/_components/details-list";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Money } from "~/app/_components/money";
import { OutageBanner } from "~/app/_components/outage-banner";
import { StatusBadge } from "~/app/_components/status-badge";
import { api, orPage } from "~/app/_lib/trpc/server";
import { canSeeBills } from "~/server/auth/principal";
import { PendingMove } from "./move/move-actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await api();
  const [t, common, service] = await Promise.all([
    getTranslations("services"),
    getTranslations("common"),
    caller.services.get({ id: (await params).id }).catch(() => null),
  ]);
  return { title: service ? `${service.label ?? t(`kinds.${service.kind}`)} ${service.identifier}` : common("notFoundTitle") };
}

export default async function ServicePage({ params }: Props) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const { id } = await params;
  const [service, t, common, format, tickets, outages] = await Promise.all([
    orPage(caller.services.get({ id })),
    getTranslations("services"),
    getTranslations("common"),
    getFormatter(),
    getTranslations("tickets"),
    orPage(caller.tickets.outagesOnMyServices()),
  ]);
  const kind = t(`kinds.${service.kind}`);
  const actor = caller.actor;
  // Moving between billing accounts is for whoever holds the bills of the whole customer.
  const mayMove = actor?.kind === "customer" && canSeeBills(actor) && actor.serviceIds === null;
  const [moves, orders, pending] = await Promise.all([
    getTranslations("moves"),
    getTranslations("orders"),
    mayMove ? caller.moves.pending().then((all) => all.find((m) => m.service.id === service.id)) : undefined,
  ]);
  const rows: [string, ReactNode][] = [
    [t("kind"), kind],
    [
      t(`identifiers.${service.kind}`),
      <span className="nowrap" key="id">
        {service.identifier}
      </span>,
    ],
    [t("status"), <StatusBadge status={service.status} key="status" />],
    [t("plan"), service.plan.name],
    [t("monthlyFee"), <Money minor={service.plan.monthlyFeeMinor} currency={service.plan.currency} key="fee" />],
    [t("billingAccount"), `${service.billingAccount.number} — ${service.billingAccount.name}`],
    [t("installationAddress"), service.installationAddress ?? common("notSet")],
    [t("costCentre"), service.costCentre ? `${service.costCentre.code} — ${service.costCentre.name}` : common("notSet")],
    [t("assignedTo"), service.assignedTo ?? common("notSet")],
    [t("activated"), service.activatedAt ? format.dateTime(service.activatedAt, { dateStyle: "long" }) : t("notActivated")],
  ];
  return (
    <div className="stack">
      <p>
        <Link href="/dashboard">
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <h1>
        {service.label ?? kind} <span className="identifier">{service.identifier}</span>
      </h1>
      <OutageBanner outages={outages} serviceId={service.id} />
      <DetailsList rows={rows} />
      {pending && (
        <PendingMove
          moveId={pending.id}
          text={moves("pending", { account: `${pending.to.number} ${pending.to.name}`, period: pending.effectivePeriod })}
          question={moves("cancelQuestion", { service: service.identifier, account: pending.to.number })}
        />
      )}
      {service.status !== "terminated" && (
        <p className="row">
          <Link href={`/tickets/new?serviceId=${service.id}`} className="btn btn-secondary">
            {tickets("reportLink")}
          </Link>
          {actor?.kind === "customer" && (
            <Link href={`/services/${service.id}/plan`} className="btn btn-secondary">
              {orders("changePlan")}
            </Link>
          )}
          {mayMove && !pending && (
            <Link href={`/services/${service.id}/move`} className="btn btn-secondary">
              {moves("link")}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
