"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { useErrorText } from "~/app/_components/error-text";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { ServiceKind } from "~/server/modules/services/services.schemas";
import type { TechnicianView } from "~/server/modules/tickets/tickets.schemas";

type Field = "technicianId" | "visitFrom" | "visitTo";
const fields: readonly Field[] = ["technicianId", "visitFrom", "visitTo"];

/** `yyyy-MM-ddTHH:mm` in the browser's own time zone, as a datetime-local input wants it. */
const toLocalInput = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const parseLocal = (v: FormDataEntryValue | null) => {
  const d = typeof v === "string" && v ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

type Props = {
  ticketId: string;
  /** Ranked by the server: eligible first, the least loaded on top. */
  technicians: TechnicianView[];
  current: string | null;
  currentId: string | null;
  ticketKind: ServiceKind;
  ticketArea: string | null;
};

export function DispatchForm({ ticketId, technicians, current, currentId, ticketKind, ticketArea }: Props) {
  const t = useTranslations("bureau.dispatch");
  const errors = useTranslations("bureau.fieldErrors");
  const kinds = useTranslations("services.kinds");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [invalid, setInvalid] = useState<Field[]>([]);
  // The technician the server refused (skill or area changed since the page loaded): say why.
  const [refused, setRefused] = useState<TechnicianView | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Defaults follow the browser's clock and zone, so they are set after hydration, not on the server.
  const [visit, setVisit] = useState({ from: "", to: "" });
  useEffect(() => {
    const from = new Date();
    from.setHours(from.getHours() + 2, 0, 0, 0);
    setVisit({ from: toLocalInput(from), to: toLocalInput(new Date(from.getTime() + 2 * 3600_000)) });
  }, []);
  useEffect(() => {
    if (invalid[0]) document.getElementById(`dispatch-${invalid[0]}`)?.focus();
  }, [invalid]);
  const dispatch = useMutation(
    trpc.bureau.dispatch.mutationOptions({
      onSuccess: (ticket) => {
        setInvalid([]);
        setRefused(null);
        setAnnouncement(t("dispatched", { name: ticket.technician?.name ?? "" }));
        router.refresh();
      },
      onError: (err, input) => {
        const bad = (err.data?.fields ?? []).filter((f): f is Field => fields.includes(f as Field));
        setInvalid(bad);
        setRefused(bad.includes("technicianId") ? (technicians.find((x) => x.id === input.technicianId) ?? null) : null);
      },
    }),
  );
  const reasons = (x: TechnicianView) =>
    x.ineligible.map((r) => t(`reasons.${r}`, { kind: kinds(ticketKind), area: ticketArea ?? "" })).join(", ");

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const technicianId = technicians.find((x) => x.id === form.get("technicianId"))?.id;
    const visitFrom = parseLocal(form.get("visitFrom"));
    const visitTo = parseLocal(form.get("visitTo"));
    const missing: Field[] = [
      ...(technicianId ? [] : ["technicianId" as const]),
      ...(visitFrom ? [] : ["visitFrom" as const]),
      ...(visitTo && (!visitFrom || visitTo > visitFrom) ? [] : ["visitTo" as const]),
    ];
    if (missing.length > 0 || !technicianId || !visitFrom || !visitTo) return setInvalid(missing);
    dispatch.mutate({ ticketId, technicianId, visitFrom, visitTo });
  }

  const fieldProps = (field: Field) => ({
    id: `dispatch-${field}`,
    name: field,
    required: true,
    "aria-invalid": invalid.includes(field) || undefined,
    "aria-describedby": invalid.includes(field) ? `dispatch-${field}-error` : undefined,
  });
  const fieldError = (field: Field) =>
    invalid.includes(field) && (
      <p id={`dispatch-${field}-error`} className="field-error">
        {field === "technicianId" && refused && refused.ineligible.length > 0 ? t("notEligible", { reasons: reasons(refused) }) : errors(field)}
      </p>
    );

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="dispatch-title">
      <h2 id="dispatch-title" className="card-title">
        {t("title")}
      </h2>
      {current && <p className="muted">{t("reassignHint", { name: current })}</p>}
      <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
        {announcement}
      </p>
      {dispatch.isError && (
        <p role="alert" className="alert alert-error">
          {errorText(dispatch.error)}
        </p>
      )}
      <div>
        <label htmlFor="dispatch-technicianId">{t("technician")}</label>
        <select {...fieldProps("technicianId")} defaultValue={currentId ?? ""}>
          <option value="" disabled>
            {t("chooseTechnician")}
          </option>
          {technicians.map((x) =>
            x.ineligible.length > 0 ? (
              <option key={x.id} value={x.id} disabled>
                {t("ineligibleOption", { name: x.name, reasons: reasons(x) })}
              </option>
            ) : (
              <option key={x.id} value={x.id}>
                {t("technicianOption", {
                  name: x.name,
                  skills: x.skills.length ? x.skills.map((k) => kinds(k)).join(", ") : t("noSkills"),
                  areas: x.areas.length ? x.areas.join(", ") : t("noAreas"),
                  load: x.load,
                })}
              </option>
            ),
          )}
        </select>
        {fieldError("technicianId")}
      </div>
      <div>
        <label htmlFor="dispatch-visitFrom">{t("visitFrom")}</label>
        <input {...fieldProps("visitFrom")} type="datetime-local" value={visit.from} onChange={(e) => setVisit((w) => ({ ...w, from: e.target.value }))} />
        {fieldError("visitFrom")}
      </div>
      <div>
        <label htmlFor="dispatch-visitTo">{t("visitTo")}</label>
        <input {...fieldProps("visitTo")} type="datetime-local" value={visit.to} onChange={(e) => setVisit((w) => ({ ...w, to: e.target.value }))} />
        {fieldError("visitTo")}
      </div>
      <div className="row">
        <button type="submit" className="btn" disabled={dispatch.isPending} aria-busy={dispatch.isPending}>
          {dispatch.isPending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
