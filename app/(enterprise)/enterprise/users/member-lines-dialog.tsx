"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useTRPC } from "~/app/_lib/trpc/client";
import { ScopeFields, scopeInput, type LineOption, type ScopeChoice } from "./scope-fields";
import type { Report } from "./use-report";

/** The lines one member sees, changed in a modal dialog (read when it opens, so it shows what is stored now). */
export function MemberLinesDialog({
  membershipId,
  name,
  lines,
  report,
}: {
  membershipId: string;
  name: string;
  lines: LineOption[];
  report: Report;
}) {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ScopeChoice | null>(null);
  const [tried, setTried] = useState(false);
  const stored = useQuery({ ...trpc.members.scope.queryOptions({ membershipId }), enabled: open, staleTime: 0 });
  const save = useMutation(trpc.members.setScope.mutationOptions());
  const value = choice ?? (stored.data ? { all: stored.data.allServices, ids: stored.data.serviceIds } : null);
  const close = () => {
    dialog.current?.close();
    setOpen(false);
    setChoice(null);
    setTried(false);
    opener.current?.focus();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    const scope = value && scopeInput(value);
    if (!scope) return;
    save.mutate(
      { membershipId, scope },
      { onSuccess: () => (report.done(t("done.lines", { name })), close()), onError: (err) => (report.failed(err), close()) },
    );
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="btn btn-secondary"
        aria-haspopup="dialog"
        aria-label={t("editLinesOf", { name })}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t("editLines")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${membershipId}-lines`} onClose={() => open && close()}>
        <form className="stack" onSubmit={submit}>
          <h2 id={`${membershipId}-lines`} className="dialog-question">
            {t("editLinesOf", { name })}
          </h2>
          {value ? (
            <ScopeFields
              id={`scope-${membershipId}`}
              lines={lines}
              value={value}
              onChange={setChoice}
              showError={tried && !scopeInput(value)}
            />
          ) : (
            <p role="status">{t("scope.legend")}…</p>
          )}
          <div className="row">
            <button type="submit" className="btn" disabled={!value || save.isPending} aria-busy={save.isPending}>
              {t("scope.save")}
            </button>
            <button type="button" className="btn btn-secondary" onClick={close}>
              {t("scope.close")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
