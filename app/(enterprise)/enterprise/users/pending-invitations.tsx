"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DataTable } from "~/app/_components/data-table";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { MembersView } from "~/server/modules/members/members.schemas";
import type { Report } from "./use-report";

/** Invitations not accepted yet: resend (a new link, 7 more days) or revoke. */
export function PendingInvitations({ invitations, report }: { invitations: MembersView["invitations"]; report: Report }) {
  const t = useTranslations("members");
  const format = useFormatter();
  const trpc = useTRPC();
  const resend = useMutation(trpc.members.resendInvitation.mutationOptions());
  const revoke = useMutation(trpc.members.revokeInvitation.mutationOptions());
  const busy = resend.isPending || revoke.isPending;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <section aria-labelledby="invitations-title" className="stack">
      <h2 id="invitations-title">{t("invitations.title")}</h2>
      {invitations.length === 0 ? (
        <p className="muted">{t("invitations.empty")}</p>
      ) : (
        <DataTable
          id="invitations-table"
          caption={t("invitations.caption")}
          headers={[t("email"), t("role"), t("lines"), t("invitations.expires"), { label: t("actions"), hidden: true }]}
        >
          {invitations.map((i) => (
            <tr key={i.invitationId}>
              <th scope="row">{i.email}</th>
              <td>{t(`roles.${i.role as "member"}`)}</td>
              <td>{i.allServices ? t("allLines") : t("someLines", { count: i.lineCount })}</td>
              <td className="nowrap">{i.expired ? <span className="badge">{t("invitations.expired")}</span> : day(i.expiresAt)}</td>
              <td>
                <div className="row">
                  <button
                    type="button"
                    className="btn btn-secondary"
                    disabled={busy}
                    aria-label={t("invitations.resendOf", { email: i.email })}
                    onClick={() =>
                      resend.mutate(
                        { invitationId: i.invitationId },
                        { onSuccess: () => report.done(t("done.resent", { email: i.email })), onError: (e) => report.failed(e) },
                      )
                    }
                  >
                    {t("invitations.resend")}
                  </button>
                  <ConfirmDialog
                    trigger={t("invitations.revoke")}
                    triggerLabel={t("invitations.revokeOf", { email: i.email })}
                    question={t("invitations.revokeQuestion", { email: i.email })}
                    confirmLabel={t("invitations.revoke")}
                    pending={busy}
                    onConfirm={() =>
                      revoke.mutate(
                        { invitationId: i.invitationId },
                        { onSuccess: () => report.done(t("done.revoked", { email: i.email })), onError: (e) => report.failed(e) },
                      )
                    }
                  />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
