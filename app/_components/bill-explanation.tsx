import { useFormatter, useTranslations } from "next-intl";
import type { BillExplanationView } from "~/server/modules/bills/bills.schemas";
import type { ServiceKind } from "~/server/modules/services/services.schemas";
import { DataTable } from "./data-table";
import { formatMoney, formatPeriod, formatRate, usageText } from "./bill-format";
import "./bill.css";

type Reason = BillExplanationView["reasons"][number];
/** The biggest reasons say most of it; a company bill can have dozens of small ones, folded away. */
const SHOWN = 6;

/** "Why is this bill different from the last one?": a headline and one plain sentence per reason. */
export function BillExplanation({ explanation, currency }: { explanation: BillExplanationView; currency: string }) {
  const t = useTranslations("bills.explain");
  const format = useFormatter();
  const { previous, difference, reasons } = explanation;
  const body = (() => {
    if (!previous || !difference) return <p>{t("first")}</p>;
    const period = formatPeriod(format, previous.period);
    const amount = formatMoney(format, Math.abs(difference.amountMinor), currency);
    const headline =
      difference.amountMinor > 0
        ? t("more", { amount, period })
        : difference.amountMinor < 0
          ? t("less", { amount, period })
          : t("same", { period });
    return (
      <>
        <p className="bill-headline">{headline}</p>
        {reasons.length > 0 && (
          <ReasonsTable id="bill-reasons" caption={t("caption", { period })} reasons={reasons.slice(0, SHOWN)} currency={currency} />
        )}
        {reasons.length > SHOWN && (
          <details>
            <summary>{t("moreReasons", { count: reasons.length - SHOWN })}</summary>
            <ReasonsTable id="bill-reasons-more" caption={t("moreCaption")} reasons={reasons.slice(SHOWN)} currency={currency} />
          </details>
        )}
      </>
    );
  })();
  return (
    <section aria-labelledby="bill-explain" className="card stack">
      <h2 id="bill-explain">{t("heading")}</h2>
      {body}
    </section>
  );
}

function ReasonsTable({ id, caption, reasons, currency }: { id: string; caption: string; reasons: Reason[]; currency: string }) {
  const t = useTranslations("bills.explain");
  const format = useFormatter();
  return (
    <DataTable id={id} caption={caption} headers={[t("reason"), t("change")]}>
      {reasons.map((r, i) => (
        <tr key={i}>
          <td>
            <ReasonSentence reason={r} currency={currency} />
          </td>
          <td className={`num ${r.delta.amountMinor > 0 ? "bill-delta-up" : r.delta.amountMinor < 0 ? "bill-delta-down" : ""}`}>
            {r.delta.amountMinor === 0 ? t("noChange") : formatMoney(format, r.delta.amountMinor, currency, true)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ReasonSentence({ reason: r, currency }: { reason: Reason; currency: string }) {
  const t = useTranslations("bills.explain");
  const kinds = useTranslations("services.kinds");
  const units = useTranslations("bills.units");
  const format = useFormatter();
  const discount = r.kind === "promotion_ended" || r.kind === "promotion_started" || r.kind === "discount_changed";
  // Discounts are negative amounts; the sentences say "took X off".
  const money = (minor: number) => formatMoney(format, discount ? Math.abs(minor) : minor, currency);
  const service = r.service ? `${kinds(r.service.kind as ServiceKind)} ${r.service.identifier}` : t("account");
  const usage = r.quantities
    ? (["voice", "sms", "data"] as const)
        .filter((k) => r.quantities![k] > 0)
        .map((k) =>
          usageText(k, r.quantities![k], format, { count: (u, count) => units(u, { count }), size: (u, amount) => units(u, { amount }) }),
        )
        .join(", ")
    : "";
  return (
    <>
      {t(`reasons.${r.kind}`, {
        service,
        previous: money(r.previous.amountMinor),
        current: money(r.current.amountMinor),
        items: r.items.join(", "),
        usage,
        withUsage: usage ? "yes" : "no",
        rateChanged: r.rateBp && r.rateBp.previous !== r.rateBp.current ? "yes" : "no",
        fromRate: r.rateBp ? formatRate(format, r.rateBp.previous) : "",
        toRate: r.rateBp ? formatRate(format, r.rateBp.current) : "",
      })}
    </>
  );
}
