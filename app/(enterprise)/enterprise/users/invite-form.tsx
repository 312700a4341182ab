"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import { assignableRoles, InviteInput } from "~/server/modules/members/members.schemas";
import { ScopeFields, scopeInput, type LineOption, type ScopeChoice } from "./scope-fields";
import type { Report } from "./use-report";

/** E-mail, role and lines of a new person; the invitation goes out by e-mail. */
export function InviteForm({ lines, report }: { lines: LineOption[]; report: Report }) {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const invite = useMutation(trpc.members.invite.mutationOptions());
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<(typeof assignableRoles)[number]>("member");
  const [scope, setScope] = useState<ScopeChoice>({ all: false, ids: [] });
  const [tried, setTried] = useState(false);
  const emailOk = InviteInput.shape.email.safeParse(email).success;
  const scopeOk = scopeInput(scope) !== null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    const chosen = scopeInput(scope);
    if (!emailOk || !chosen) return;
    invite.mutate(
      { email, role, scope: chosen },
      {
        onSuccess: () => {
          report.done(t("done.invited", { email: email.trim().toLowerCase() }));
          setEmail("");
          setScope({ all: false, ids: [] });
          setTried(false);
        },
        onError: (err) => report.failed(err, "alreadyMember"),
      },
    );
  };

  return (
    <section aria-labelledby="invite-title" className="card stack">
      <h2 id="invite-title">{t("invite.title")}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <div>
          <label htmlFor="invite-email">{t("invite.email")}</label>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            value={email}
            maxLength={254}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={(tried && !emailOk) || undefined}
            aria-describedby={tried && !emailOk ? "invite-email-hint invite-email-error" : "invite-email-hint"}
          />
          <p id="invite-email-hint" className="hint">
            {t("invite.emailHint")}
          </p>
          <FieldError id="invite-email-error" show={tried && !emailOk}>
            {t("invite.emailError")}
          </FieldError>
        </div>
        <div>
          <label htmlFor="invite-role">{t("invite.role")}</label>
          <select
            id="invite-role"
            value={role}
            onChange={(e) => setRole(e.target.value as typeof role)}
            aria-describedby="invite-role-hint"
          >
            {assignableRoles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <p id="invite-role-hint" className="hint">
            {t("roleHint")}
          </p>
        </div>
        <ScopeFields id="invite-scope" lines={lines} value={scope} onChange={setScope} showError={tried && !scopeOk} />
        <p>
          <button type="submit" className="btn" disabled={invite.isPending} aria-busy={invite.isPending}>
            {invite.isPending ? t("invite.sending") : t("invite.submit")}
          </button>
        </p>
      </form>
    </section>
  );
}
