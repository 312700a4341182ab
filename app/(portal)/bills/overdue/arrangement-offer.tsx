"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatDay, formatMoney } from "~/app/_components/bill-format";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DataTable } from "~/app/_components/data-table";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { ArrangementOfferView } from "~/server/modules/collections/collections.schemas";

/**
 * The instalment choice with its schedule as the server computed it, and the confirmation that makes the plan.
 * One key per screen: a double click or a retry makes one plan.
 */
export function ArrangementOffer({ billingAccountId, offer }: { billingAccountId: string; offer: ArrangementOfferView }) {
  const t = useTranslations("collections");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [count, setCount] = useState<2 | 3>(offer.options[0]?.instalments ?? 2);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState("");
  const arrange = useMutation(
    useTRPC().collections.arrange.mutationOptions({
      onSuccess: () => {
        setDone(t("offer.done"));
        router.refresh();
      },
    }),
  );
  const option = offer.options.find((o) => o.instalments === count) ?? offer.options[0];
  if (!option) return null;
  const total = formatMoney(format, offer.totalMinor, offer.currency);
  return (
    <section className="stack card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("offer.heading")}</h2>
      <p>{t("offer.intro", { total })}</p>
      <fieldset className="stack">
        <legend>{t("offer.count")}</legend>
        {offer.options.map((o) => (
          <label key={o.instalments} className="radio">
            <input
              type="radio"
              name={`${id}-count`}
              value={o.instalments}
              checked={count === o.instalments}
              onChange={() => setCount(o.instalments)}
            />{" "}
            {t("offer.option", { count: o.instalments })}
          </label>
        ))}
      </fieldset>
      <DataTable
        id={`${id}-preview`}
        caption={t("offer.preview", { count })}
        headers={[t("plan.columns.seq"), t("plan.columns.due"), { label: t("plan.columns.amount"), className: "num" }]}
      >
        {option.schedule.map((i) => (
          <tr key={i.seq}>
            <td>{i.seq}</td>
            <td>{formatDay(format, i.dueDate)}</td>
            <td className="num">{formatMoney(format, i.amountMinor, offer.currency)}</td>
          </tr>
        ))}
      </DataTable>
      <FormStatus announcement={done} error={arrange.error} />
      <ConfirmDialog
        trigger={t("offer.confirm")}
        triggerClassName="btn btn-primary"
        question={t("offer.question", { total, count })}
        confirmLabel={t("offer.confirmLabel")}
        pending={arrange.isPending}
        onConfirm={() => arrange.mutate({ billingAccountId, instalments: count, idempotencyKey })}
      />
    </section>
  );
}
