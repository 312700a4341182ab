"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/app/_lib/trpc/client";
import { cardBrandName } from "~/server/modules/payments/payment-rules";
import type { CardsView } from "~/server/modules/payments/cards.schemas";
import { ConfirmDialog } from "./confirm-dialog";
import { DataTable } from "./data-table";
import { EmptyState } from "./empty-state";
import { FormStatus } from "./form-status";

/** The saved cards and the autopay switches; every change answers with the whole view, which replaces this one. */
export function SavedCards({ initial, added, testMode }: { initial: CardsView; added: boolean; testMode: boolean }) {
  const t = useTranslations("payments");
  const trpc = useTRPC();
  const [view, setView] = useState(initial);
  const [said, setSaid] = useState(added ? t("methods.added") : "");
  const apply = (next: CardsView, message: string) => (setView(next), setSaid(message));
  const add = useMutation(trpc.cards.add.mutationOptions({ onSuccess: ({ checkoutUrl }) => window.location.assign(checkoutUrl) }));
  const setDefault = useMutation(trpc.cards.setDefault.mutationOptions());
  const remove = useMutation(trpc.cards.remove.mutationOptions());
  const autopay = useMutation(trpc.cards.setAutopay.mutationOptions());
  const error = add.error ?? setDefault.error ?? remove.error ?? autopay.error;
  const name = (c: CardsView["cards"][number]) => t("cardOf", { brand: cardBrandName(c.brand), last4: c.last4 });
  const busy = add.isPending || setDefault.isPending || remove.isPending || autopay.isPending;
  const needsCard = autopay.error?.data?.code === "PRECONDITION_FAILED";

  return (
    <>
      <FormStatus announcement={said} error={needsCard ? t("methods.autopayNeedsCard") : error} />
      <section aria-labelledby="saved-cards" className="stack">
        <h2 id="saved-cards">
          {t("methods.caption")} {testMode && <span className="badge">{t("testMode")}</span>}
        </h2>
        {view.cards.length === 0 ? (
          <EmptyState title={t("methods.empty")} hint={t("methods.emptyHint")} />
        ) : (
          <DataTable
            id="saved-cards-table"
            caption={t("methods.caption")}
            headers={[
              t("methods.card"),
              t("methods.expires"),
              { label: t("status"), hidden: true },
              { label: t("methods.remove"), hidden: true },
            ]}
          >
            {view.cards.map((c) => (
              <tr key={c.id}>
                <th scope="row">{name(c)}</th>
                <td className="nowrap">{`${String(c.expMonth).padStart(2, "0")} / ${c.expYear}`}</td>
                <td>
                  {c.isDefault ? (
                    <span className="badge">{t("methods.isDefault")}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      disabled={busy}
                      aria-label={t("methods.makeDefaultOf", { card: name(c) })}
                      onClick={() => setDefault.mutate({ paymentMethodId: c.id }, { onSuccess: (v) => apply(v, "") })}
                    >
                      {t("methods.makeDefault")}
                    </button>
                  )}
                </td>
                <td>
                  <ConfirmDialog
                    trigger={t("methods.remove")}
                    triggerLabel={t("methods.removeOf", { card: name(c) })}
                    question={t("methods.removeQuestion", { card: name(c) })}
                    confirmLabel={t("methods.remove")}
                    pending={busy}
                    onConfirm={() => remove.mutate({ paymentMethodId: c.id }, { onSuccess: (v) => apply(v, "") })}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <p>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => add.mutate()}>
            {t("methods.add")}
          </button>
        </p>
        <p className="muted">{t("secureNote")}</p>
      </section>
      <section aria-labelledby="autopay" className="stack">
        <h2 id="autopay">{t("methods.autopay")}</h2>
        <p className="muted">{t("methods.autopayLead")}</p>
        <ul className="stack plain-list">
          {view.autopay.map((a) => {
            const account = `${a.name} (${a.number})`;
            return (
              <li key={a.billingAccountId}>
                <label className="checkbox-label">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={a.enabled}
                    disabled={busy}
                    onChange={(e) => {
                      const enabled = e.target.checked;
                      const message = t(enabled ? "methods.autopayOn" : "methods.autopayOff", { account });
                      // The switch moves at once; a refusal (no saved card) puts it back.
                      const before = view;
                      setView({ ...view, autopay: view.autopay.map((x) => (x === a ? { ...x, enabled } : x)) });
                      autopay.mutate(
                        { billingAccountId: a.billingAccountId, enabled },
                        { onSuccess: (v) => apply(v, message), onError: () => setView(before) },
                      );
                    }}
                  />
                  {t("methods.autopayOf", { account })}
                </label>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
