"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormStatus } from "~/app/_components/form-status";
import type { MembersView } from "~/server/modules/members/members.schemas";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";
import { PendingInvitations } from "./pending-invitations";
import type { LineOption } from "./scope-fields";
import { useReport } from "./use-report";

/** The interactive parts of the Users page, sharing one place that says what the last action did. */
export function UsersAdmin({
  view,
  lines,
  search,
  pagination,
}: {
  view: MembersView;
  lines: LineOption[];
  search: ReactNode;
  pagination: ReactNode;
}) {
  const t = useTranslations("members");
  const report = useReport();
  return (
    <>
      <FormStatus announcement={report.said} error={report.error} />
      <InviteForm lines={lines} report={report} />
      <section aria-labelledby="members-title" className="stack">
        <h2 id="members-title">{t("count", { count: view.total })}</h2>
        {search}
        <MembersTable members={view.members} lines={lines} report={report} />
        {pagination}
      </section>
      <PendingInvitations invitations={view.invitations} report={report} />
    </>
  );
}
