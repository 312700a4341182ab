"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DataTable } from "~/app/_components/data-table";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { PreferenceView } from "~/server/modules/notifications/notifications.schemas";

type Kind = PreferenceView["kind"];
type Channel = PreferenceView["channel"];

// Kinds contain dots, which the translator reads as nesting: each has its own catalogue key.
const kindKeys = {
  "account.profile-updated": "accountProfileUpdated",
  "service.status-changed": "serviceStatusChanged",
  "bill.issued": "billIssued",
  "payment.received": "paymentReceived",
  "payment.autopay": "paymentAutopay",
  "order.updated": "orderUpdated",
  "ticket.updated": "ticketUpdated",
  "usage.threshold": "usageThreshold",
  "usage.roaming": "usageRoaming",
  "bill.overdue": "billOverdue",
  "service.suspended": "serviceSuspended",
  "service.restored": "serviceRestored",
} as const satisfies Record<Kind, string>;
const channelOrder: Channel[] = ["in_app", "email"];

export function PreferencesTable({ initial }: { initial: PreferenceView[] }) {
  const t = useTranslations("notificationSettings");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState("");
  const prefsKey = trpc.notifications.preferences.queryKey();
  const prefs = useQuery({ ...trpc.notifications.preferences.queryOptions(), initialData: initial });
  const save = useMutation(
    trpc.notifications.setPreference.mutationOptions({
      onMutate: () => setStatus(common("saving")),
      onSuccess: (data) => {
        queryClient.setQueryData(prefsKey, data);
        setStatus(common("saved"));
      },
      onError: () => setStatus(""),
    }),
  );
  const kinds = [...new Set(prefs.data.map((p) => p.kind))];
  const find = (kind: Kind, channel: Channel) => prefs.data.find((p) => p.kind === kind && p.channel === channel);
  const pendingFor = (kind: Kind, channel: Channel) =>
    save.isPending && save.variables?.kind === kind && save.variables.channel === channel ? save.variables : null;
  const anyLocked = prefs.data.some((p) => p.locked);

  return (
    <div className="stack">
      <FormStatus error={save.error} />
      <DataTable
        id="prefs"
        className="prefs"
        caption={t("caption")}
        headers={[t("kindColumn"), ...channelOrder.map((c) => ({ label: t(`channels.${c}`), className: "center" }))]}
      >
        {kinds.map((kind) => (
          <tr key={kind}>
            <th scope="row">{t(`kinds.${kindKeys[kind]}`)}</th>
            {channelOrder.map((channel) => {
              const pref = find(kind, channel);
              if (!pref) return <td key={channel} />;
              const pending = pendingFor(kind, channel);
              const id = `pref-${kindKeys[kind]}-${channel}`;
              return (
                <td key={channel} className="center">
                  <input
                    id={id}
                    type="checkbox"
                    checked={pending ? pending.enabled : pref.enabled}
                    disabled={pref.locked}
                    aria-label={`${t(`kinds.${kindKeys[kind]}`)}: ${t(`channels.${channel}`)}`}
                    aria-describedby={pref.locked ? "prefs-locked-note" : undefined}
                    onChange={(e) => save.mutate({ kind, channel, enabled: e.currentTarget.checked })}
                  />
                  {pref.locked && <span className="hint locked-label">{t("locked")}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
      {anyLocked && (
        <p id="prefs-locked-note" className="hint">
          {t("lockedNote")}
        </p>
      )}
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
    </div>
  );
}
