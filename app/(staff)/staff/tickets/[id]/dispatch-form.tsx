"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { ServiceKind } from "~/server/modules/services/services.schemas";
import { DispatchInput, type TechnicianView } from "~/server/modules/tickets/tickets.schemas";

type Field = "technicianId" | "visitFrom" | "visitTo";

/** `yyyy-MM-ddTHH:mm` in the browser's own time zone, as a datetime-local input wants it. */
const toLocalInput = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
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
  const trpc = useTRPC();
  const router = useRouter();
  // The technician the server refused (skill or area changed since the page loaded): say why.
  const [refused, setRefused] = useState<TechnicianView | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const dispatch = useMutation(
    trpc.bureau.dispatch.mutationOptions({
      onSuccess: (ticket) => {
        setRefused(null);
        setAnnouncement(t("dispatched", { name: ticket.technician?.name ?? "" }));
        router.refresh();
      },
      onError: (err, input) =>
        setRefused(err.data?.fields?.includes("technicianId") ? (technicians.find((x) => x.id === input.technicianId) ?? null) : null),
    }),
  );
  const { form, onSubmit, field, invalid, errorId } = useMutationForm({
    id: "dispatch",
    schema: DispatchInput,
    defaultValues: { technicianId: currentId ?? "", visitFrom: "", visitTo: "" },
    // An empty or unparsable time is an Invalid Date, which the schema refuses.
    toInput: (v) => ({ ticketId, technicianId: v.technicianId, visitFrom: new Date(v.visitFrom), visitTo: new Date(v.visitTo) }),
    mutation: dispatch,
  });
  const { setValue } = form;
  // Defaults follow the browser's clock and zone, so they are set after hydration, not on the server.
  useEffect(() => {
    const from = new Date();
    from.setHours(from.getHours() + 2, 0, 0, 0);
    setValue("visitFrom", toLocalInput(from));
    setValue("visitTo", toLocalInput(new Date(from.getTime() + 2 * 3600_000)));
  }, [setValue]);
  const reasons = (x: TechnicianView) =>
    x.ineligible.map((r) => t(`reasons.${r}`, { kind: kinds(ticketKind), area: ticketArea ?? "" })).join(", ");
  const fieldError = (name: Field) => (
    <FieldError id={errorId(name)} show={invalid(name)}>
      {name === "technicianId" && refused && refused.ineligible.length > 0 ? t("notEligible", { reasons: reasons(refused) }) : errors(name)}
    </FieldError>
  );

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="dispatch-title">
      <h2 id="dispatch-title" className="card-title">
        {t("title")}
      </h2>
      {current && <p className="muted">{t("reassignHint", { name: current })}</p>}
      <FormStatus announcement={announcement} error={dispatch.error} />
      <div>
        <label htmlFor="dispatch-technicianId">{t("technician")}</label>
        <select {...field("technicianId")} required>
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
        <input {...field("visitFrom")} type="datetime-local" required />
        {fieldError("visitFrom")}
      </div>
      <div>
        <label htmlFor="dispatch-visitTo">{t("visitTo")}</label>
        <input {...field("visitTo")} type="datetime-local" required />
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
