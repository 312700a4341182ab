"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { EmptyState } from "~/app/_components/empty-state";
import { useErrorText } from "~/app/_components/error-text";
import { useTRPC } from "~/app/_lib/trpc/client";
import { serviceKinds, type ServiceKind } from "~/server/modules/services/services.schemas";
import type { OutageView } from "~/server/modules/tickets/tickets.schemas";

type Field = "area" | "serviceKind" | "title" | "estimatedEnd";
const fields: readonly Field[] = ["area", "serviceKind", "title", "estimatedEnd"];

/** Open outages, opening a new one and closing one (which resolves its linked tickets). */
export function OutagesPanel({ outages }: { outages: OutageView[] }) {
  const t = useTranslations("bureau.outages");
  const errors = useTranslations("bureau.fieldErrors");
  const kinds = useTranslations("services.kinds");
  const format = useFormatter();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [formKey, setFormKey] = useState(0);
  const create = useMutation(
    trpc.outages.create.mutationOptions({
      onSuccess: () => {
        setInvalid([]);
        setFormKey((k) => k + 1);
        setAnnouncement(t("created"));
        router.refresh();
      },
      onError: (err) => setInvalid((err.data?.fields ?? []).filter((f): f is Field => fields.includes(f as Field))),
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
  const failed = create.error ?? close.error;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  useEffect(() => {
    if (invalid[0]) document.getElementById(`outage-${invalid[0]}`)?.focus();
  }, [invalid]);

  function onCreate(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const area = String(form.get("area") ?? "").trim();
    const title = String(form.get("title") ?? "").trim();
    const serviceKind = serviceKinds.find((k) => k === form.get("serviceKind"));
    const end = String(form.get("estimatedEnd") ?? "");
    const estimatedEnd = end ? new Date(end) : undefined;
    const missing: Field[] = [
      ...(area ? [] : ["area" as const]),
      ...(serviceKind ? [] : ["serviceKind" as const]),
      ...(title ? [] : ["title" as const]),
      ...(estimatedEnd && Number.isNaN(estimatedEnd.getTime()) ? ["estimatedEnd" as const] : []),
    ];
    if (missing.length > 0 || !serviceKind) return setInvalid(missing);
    create.mutate({ area, serviceKind: serviceKind as ServiceKind, title, estimatedEnd });
  }

  const fieldProps = (field: Field) => ({
    id: `outage-${field}`,
    name: field,
    "aria-invalid": invalid.includes(field) || undefined,
    "aria-describedby": invalid.includes(field) ? `outage-${field}-error` : undefined,
  });
  const fieldError = (field: Field) =>
    invalid.includes(field) && (
      <p id={`outage-${field}-error`} className="field-error">
        {errors(field)}
      </p>
    );

  return (
    <div className="stack">
      <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
        {announcement}
      </p>
      {failed && (
        <p role="alert" className="alert alert-error">
          {errorText(failed)}
        </p>
      )}
      {outages.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="outages-caption" tabIndex={0}>
          <table>
            <caption id="outages-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outageTitle")}</th>
                <th scope="col">{t("area")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("started")}</th>
                <th scope="col">{t("estimatedEnd")}</th>
                <th scope="col">{t("linkedTickets")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("close")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <form key={formKey} className="card stack" onSubmit={onCreate} noValidate aria-labelledby="outage-create-title">
        <h3 id="outage-create-title" className="card-title">
          {t("createTitle")}
        </h3>
        <div>
          <label htmlFor="outage-area">{t("area")}</label>
          <input {...fieldProps("area")} type="text" maxLength={60} required />
          {fieldError("area")}
        </div>
        <div>
          <label htmlFor="outage-serviceKind">{t("kind")}</label>
          <select {...fieldProps("serviceKind")} defaultValue="" required>
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
          <input {...fieldProps("title")} type="text" maxLength={200} required />
          {fieldError("title")}
        </div>
        <div>
          <label htmlFor="outage-estimatedEnd">{t("estimatedEnd")}</label>
          <input {...fieldProps("estimatedEnd")} type="datetime-local" />
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
