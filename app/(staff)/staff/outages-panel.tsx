"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { serviceKinds } from "~/server/modules/services/services.schemas";
import { CreateOutageInput, type OutageView } from "~/server/modules/tickets/tickets.schemas";

type Field = "area" | "serviceKind" | "title" | "estimatedEnd";

/** Open outages, opening a new one and closing one (which resolves its linked tickets). */
export function OutagesPanel({ outages }: { outages: OutageView[] }) {
  const t = useTranslations("bureau.outages");
  const errors = useTranslations("bureau.fieldErrors");
  const kinds = useTranslations("services.kinds");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const create = useMutation(
    trpc.outages.create.mutationOptions({
      onSuccess: () => {
        form.reset();
        setAnnouncement(t("created"));
        router.refresh();
      },
    }),
  );
  const close = useMutation(
    trpc.outages.close.mutationOptions({
      onSuccess: (o) => {
        setAnnouncement(t("closed", { count: o.resolvedTickets }));
        router.refresh();
      },
    }),
  );
  const { form, onSubmit, field, invalid, errorId } = useMutationForm({
    id: "outage",
    schema: CreateOutageInput,
    defaultValues: { area: "", serviceKind: "", title: "", estimatedEnd: "" },
    toInput: (v) => ({
      area: v.area.trim(),
      serviceKind: v.serviceKind as CreateOutageInput["serviceKind"], // "" (none chosen) is refused by the schema
      title: v.title.trim(),
      estimatedEnd: v.estimatedEnd ? new Date(v.estimatedEnd) : undefined,
    }),
    mutation: create,
  });
  const failed = create.error ?? close.error;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const fieldError = (name: Field) => (
    <FieldError id={errorId(name)} show={invalid(name)}>
      {errors(name)}
    </FieldError>
  );

  return (
    <div className="stack">
      <FormStatus announcement={announcement} error={failed} />
      {outages.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          id="outages"
          caption={t("caption")}
          headers={[
            t("outageTitle"),
            t("area"),
            t("kind"),
            t("started"),
            t("estimatedEnd"),
            t("linkedTickets"),
            { label: t("close"), hidden: true },
          ]}
        >
          {outages.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.title}</th>
              <td>{o.area}</td>
              <td>{kinds(o.serviceKind)}</td>
              <td>{when(o.startedAt)}</td>
              <td>{o.estimatedEnd ? when(o.estimatedEnd) : t("noEstimate")}</td>
              <td>{o.linkedTickets}</td>
              <td>
                <ConfirmDialog
                  trigger={t("close")}
                  triggerLabel={t("closeLabel", { title: o.title })}
                  question={t("closeQuestion", { title: o.title, count: o.linkedTickets })}
                  confirmLabel={t("closeYes")}
                  pending={close.isPending && close.variables?.outageId === o.id}
                  onConfirm={() => close.mutate({ outageId: o.id })}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="outage-create-title">
        <h3 id="outage-create-title" className="card-title">
          {t("createTitle")}
        </h3>
        <div>
          <label htmlFor="outage-area">{t("area")}</label>
          <input {...field("area")} type="text" maxLength={60} required />
          {fieldError("area")}
        </div>
        <div>
          <label htmlFor="outage-serviceKind">{t("kind")}</label>
          <select {...field("serviceKind")} required>
            <option value="" disabled>
              {t("chooseKind")}
            </option>
            {serviceKinds.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
          {fieldError("serviceKind")}
        </div>
        <div>
          <label htmlFor="outage-title">{t("outageTitle")}</label>
          <input {...field("title")} type="text" maxLength={200} required />
          {fieldError("title")}
        </div>
        <div>
          <label htmlFor="outage-estimatedEnd">{t("estimatedEnd")}</label>
          <input {...field("estimatedEnd")} type="datetime-local" />
          {fieldError("estimatedEnd")}
        </div>
        <div className="row">
          <button type="submit" className="btn" disabled={create.isPending} aria-busy={create.isPending}>
            {create.isPending ? t("creating") : t("create")}
          </button>
        </div>
      </form>
    </div>
  );
}
