"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { useTRPC } from "~/app/_lib/trpc/client";
import { assignableRoles, type MembersView } from "~/server/modules/members/members.schemas";
import { MemberLinesDialog } from "./member-lines-dialog";
import type { LineOption } from "./scope-fields";
import type { Report } from "./use-report";

type Member = MembersView["members"][number];
type Role = (typeof assignableRoles)[number];

export function MembersTable({ members, lines, report }: { members: Member[]; lines: LineOption[]; report: Report }) {
  const t = useTranslations("members");
  if (members.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <DataTable
      id="members-table"
      caption={t("caption")}
      headers={[t("name"), t("role"), t("lines"), t("status"), { label: t("actions"), hidden: true }]}
    >
      {members.map((m) => (
        <MemberRow key={m.membershipId} member={m} lines={lines} report={report} />
      ))}
    </DataTable>
  );
}

function MemberRow({ member: m, lines, report }: { member: Member; lines: LineOption[]; report: Report }) {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const [role, setRole] = useState<string>(m.role);
  const setRoleM = useMutation(trpc.members.setRole.mutationOptions());
  const suspend = useMutation(trpc.members.setSuspended.mutationOptions());
  const remove = useMutation(trpc.members.remove.mutationOptions());
  const busy = setRoleM.isPending || suspend.isPending || remove.isPending;
  const name = m.name;
  const roleName = (r: string) => t(`roles.${r as Role | "owner"}`);
  const onError = (e: Parameters<Report["failed"]>[0]) => report.failed(e);

  return (
    <tr>
      <th scope="row">
        {m.name} {m.you && <span className="muted">{t("you")}</span>}
        <br />
        <span className="muted">{m.email}</span>
      </th>
      <td>
        {m.role === "owner" ? (
          roleName("owner")
        ) : (
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              setRoleM.mutate(
                { membershipId: m.membershipId, role: role as Role },
                {
                  onSuccess: () => report.done(t("done.role", { name, role: roleName(role) })),
                  onError: (e2) => (setRole(m.role), onError(e2)),
                },
              );
            }}
          >
            <label htmlFor={`role-${m.membershipId}`} className="visually-hidden">
              {t("roleOf", { name })}
            </label>
            <select id={`role-${m.membershipId}`} value={role} onChange={(e) => setRole(e.target.value)}>
              {assignableRoles.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="btn btn-secondary"
              disabled={busy || role === m.role}
              aria-label={`${t("changeRole")}: ${name}`}
            >
              {t("changeRole")}
            </button>
          </form>
        )}
      </td>
      <td>{m.allServices ? t("allLines") : t("someLines", { count: m.lineCount })}</td>
      <td>{m.suspended ? <span className="badge">{t("suspended")}</span> : t("active")}</td>
      <td>
        <div className="row">
          <MemberLinesDialog membershipId={m.membershipId} name={name} lines={lines} report={report} />
          {!m.you && m.role !== "owner" && (
            <>
              {m.suspended ? (
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={busy}
                  aria-label={t("resumeOf", { name })}
                  onClick={() =>
                    suspend.mutate(
                      { membershipId: m.membershipId, suspended: false },
                      { onSuccess: () => report.done(t("done.resumed", { name })), onError },
                    )
                  }
                >
                  {t("resume")}
                </button>
              ) : (
                <ConfirmDialog
                  trigger={t("suspend")}
                  triggerLabel={t("suspendOf", { name })}
                  question={t("suspendQuestion", { name })}
                  confirmLabel={t("suspend")}
                  pending={busy}
                  onConfirm={() =>
                    suspend.mutate(
                      { membershipId: m.membershipId, suspended: true },
                      { onSuccess: () => report.done(t("done.suspended", { name })), onError },
                    )
                  }
                />
              )}
              <ConfirmDialog
                trigger={t("remove")}
                triggerLabel={t("removeOf", { name })}
                question={t("removeQuestion", { name })}
                confirmLabel={t("remove")}
                pending={busy}
                onConfirm={() =>
                  remove.mutate({ membershipId: m.membershipId }, { onSuccess: () => report.done(t("done.removed", { name })), onError })
                }
              />
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
