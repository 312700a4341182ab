import { DetailsList } from "~/app/_components/details-list";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { AttachmentForm } from "~/app/_components/attachment-form";
import { SlaClocks } from "~/app/_components/sla-clock";
import { TicketStateBadge } from "~/app/_components/ticket-state-badge";
import { TicketTimeline } from "~/app/_components/ticket-timeline";
import { getMe } from "~/app/_lib/me";
import { api, orPage } from "~/app/_lib/trpc/server";
import { CloseActions } from "./close-actions";
import { DispatchForm } from "./dispatch-form";
import { ProgressActions } from "./progress-actions";
import { StaffNoteForm } from "./staff-note-form";

type Props = { params: Promise<{ id: string }> };

const openStates = ["acknowledged", "in_progress", "pending", "held"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await api();
  const [t, common, ticket] = await Promise.all([
    getTranslations("tickets.detail"),
    getTranslations("common"),
    caller.bureau.get({ ticketId: (await params).id }).catch(() => null),
  ]);
  return { title: ticket ? t("heading", { number: ticket.number }) : common("notFoundTitle") };
}

/** One ticket as the bureau sees it: the dispatcher assigns it, the assigned technician reports progress. */
export default async function StaffTicketPage({ params }: Props) {
  const caller = await api();
  const { id } = await params;
  const [me, ticket, attachments, t, d, b, kinds, common, format] = await Promise.all([
    getMe(),
    orPage(caller.bureau.get({ ticketId: id })),
    orPage(caller.bureau.attachments({ ticketId: id })),
    getTranslations("tickets"),
    getTranslations("tickets.detail"),
    getTranslations("bureau"),
    getTranslations("services.kinds"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const isOpen = openStates.includes(ticket.state);
  const technicians = me.staffRole === "dispatcher" && isOpen ? await orPage(caller.bureau.technicians({ ticketId: ticket.id })) : null;
  const when = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, ReactNode][] = [
    [t("state"), <TicketStateBadge state={ticket.state} key="state" />],
    [t("priority"), t(`priorities.${ticket.priority}`)],
    [b("ticket.customer"), ticket.customerName],
    [b("ticket.tier"), t(`clocks.tiers.${ticket.tier}`)],
    [t("service"), `${ticket.service.label ?? kinds(ticket.service.kind)} ${ticket.service.identifier}`],
    [b("area"), ticket.area ?? b("noArea")],
    [b("ticket.address"), ticket.installationAddress ?? common("notSet")],
    [t("category"), t(`categories.${ticket.category}`)],
    [t("reported"), when(ticket.createdAt)],
    [d("technician"), ticket.technician?.name ?? b("unassigned")],
    [d("visit"), ticket.visit ? d("visitRange", { from: when(ticket.visit.from), to: when(ticket.visit.to) }) : common("notSet")],
    [d("visitPreference"), ticket.visitPreference ?? common("notSet")],
    [d("contactPhone"), ticket.contactPhone ?? common("notSet")],
    ...(ticket.outage ? [[d("outage"), ticket.outage.title] as [string, ReactNode]] : []),
    ...(ticket.cause ? [[d("cause"), ticket.cause] as [string, ReactNode]] : []),
    ...(ticket.workDone ? [[d("workDone"), ticket.workDone] as [string, ReactNode]] : []),
  ];
  return (
    <div className="stack">
      <p>
        <Link href="/staff">
          <span aria-hidden="true">← </span>
          {b("ticket.back")}
        </Link>
      </p>
      <h1>{d("heading", { number: ticket.number })}</h1>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          {d("summary")}
        </h2>
        <DetailsList rows={rows} text={[b("ticket.description"), ticket.description]} />
      </section>
      <SlaClocks clocks={ticket.clocks} />
      <div className="ticket-actions">
        {technicians && (
          <DispatchForm
            ticketId={ticket.id}
            technicians={technicians}
            current={ticket.technician?.name ?? null}
            currentId={ticket.technicianId}
            ticketKind={ticket.service.kind}
            ticketArea={ticket.area}
          />
        )}
        {me.staffRole === "technician" && <ProgressActions ticketId={ticket.id} isOpen={isOpen} />}
        {isOpen && <StaffNoteForm ticketId={ticket.id} />}
        {isOpen && <AttachmentForm ticketId={ticket.id} />}
        {me.staffRole === "dispatcher" && (
          <CloseActions ticketId={ticket.id} number={ticket.number} open={isOpen} canReject={ticket.state === "acknowledged"} />
        )}
      </div>
      <TicketTimeline entries={ticket.timeline} attachments={attachments} />
    </div>
  );
}
