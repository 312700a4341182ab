import { DetailsList } from "~/app/_components/details-list";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AttachmentForm } from "~/app/_components/attachment-form";
import { SlaClocks } from "~/app/_components/sla-clock";
import { TicketStateBadge } from "~/app/_components/ticket-state-badge";
import { TicketTimeline } from "~/app/_components/ticket-timeline";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { TicketActions } from "./ticket-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await api();
  const [t, common, ticket] = await Promise.all([
    getTranslations("tickets.detail"),
    getTranslations("common"),
    caller.tickets.get({ ticketId: (await params).id }).catch(() => null),
  ]);
  return { title: ticket ? t("heading", { number: ticket.number }) : common("notFoundTitle") };
}

export default async function TicketPage({ params, searchParams }: Props) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const { id } = await params;
  // Set by the report form when the ticket was made but its files were refused on the way.
  const filesFailed = param(await searchParams, "files") === "failed";
  const [ticket, attachments, t, d, files, kinds, common, format] = await Promise.all([
    orPage(caller.tickets.get({ ticketId: id })),
    orPage(caller.tickets.attachments({ ticketId: id })),
    getTranslations("tickets"),
    getTranslations("tickets.detail"),
    getTranslations("tickets.attachments"),
    getTranslations("services.kinds"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const when = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, ReactNode][] = [
    [t("state"), <TicketStateBadge state={ticket.state} key="state" />],
    [
      t("service"),
      <Link href={`/services/${ticket.serviceId}`} key="service">
        {ticket.service.label ?? kinds(ticket.service.kind)} <span className="identifier">{ticket.service.identifier}</span>
      </Link>,
    ],
    [t("category"), t(`categories.${ticket.category}`)],
    [t("priority"), t(`priorities.${ticket.priority}`)],
    [
      t("reported"),
      <time key="created" dateTime={ticket.createdAt.toISOString()}>
        {when(ticket.createdAt)}
      </time>,
    ],
    [d("technician"), ticket.technician?.name ?? d("noTechnician")],
    [d("visit"), ticket.visit ? d("visitRange", { from: when(ticket.visit.from), to: when(ticket.visit.to) }) : common("notSet")],
    [d("visitPreference"), ticket.visitPreference ?? common("notSet")],
    [d("contactPhone"), ticket.contactPhone ?? common("notSet")],
    ...(ticket.resolvedAt ? [[d("resolvedAt"), when(ticket.resolvedAt)] as [string, ReactNode]] : []),
    ...(ticket.cause ? [[d("cause"), ticket.cause] as [string, ReactNode]] : []),
    ...(ticket.workDone ? [[d("workDone"), ticket.workDone] as [string, ReactNode]] : []),
  ];
  return (
    <div className="stack">
      <p>
        <Link href="/tickets">
          <span aria-hidden="true">← </span>
          {d("back")}
        </Link>
      </p>
      <h1>{d("heading", { number: ticket.number })}</h1>
      {filesFailed && (
        <p role="alert" className="alert alert-error">
          {files("reportFailed")}
        </p>
      )}
      {ticket.outage && !ticket.outage.closedAt && (
        <div className="alert outage-alert stack">
          <p>
            <strong>{d("outageLinked", { title: ticket.outage.title })}</strong>
          </p>
          {ticket.outage.estimatedEnd && <p>{d("estimatedEnd", { time: when(ticket.outage.estimatedEnd) })}</p>}
        </div>
      )}
      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          {d("summary")}
        </h2>
        <DetailsList rows={rows} text={[d("description"), ticket.description]} />
      </section>
      <SlaClocks clocks={ticket.clocks} />
      <TicketActions ticket={ticket} />
      {(ticket.can.addNote || ticket.state === "resolved") && <AttachmentForm ticketId={ticket.id} />}
      <TicketTimeline entries={ticket.timeline} attachments={attachments} />
    </div>
  );
}
