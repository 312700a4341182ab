import { useFormatter, useTranslations } from "next-intl";
import type { BillDetailView } from "~/server/modules/bills/bills.schemas";
import type { ServiceKind } from "~/server/modules/services/services.schemas";
import { DataTable } from "./data-table";
import { dayBefore, formatDay, formatMoney, formatRate, usageText } from "./bill-format";
import "./bill.css";

type Line = BillDetailView["lines"][number];
type Service = NonNullable<Line["service"]>;
const kindOrder: Line["kind"][] = ["recurring", "usage", "one_time", "discount", "tax"];
const byKind = (a: Line, b: Line) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);

/** One service's lines with its subtotal (computed by the server). */
export function BillServiceSection({
  service,
  lines,
  subtotalMinor,
  currency,
}: {
  service: Service;
  lines: Line[];
  subtotalMinor: number;
  currency: string;
}) {
  const t = useTranslations("bills.detail");
  const kinds = useTranslations("services.kinds");
  const headingId = `service-${service.id}`;
  const name = `${kinds(service.kind as ServiceKind)} ${service.identifier}`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId} className="bill-service-title">
        <span>{kinds(service.kind as ServiceKind)}</span> <span className="identifier">{service.identifier}</span>
        {service.label && (
          <>
            {" "}
            <span className="muted">{service.label}</span>
          </>
        )}
      </h3>
      <LinesTable
        id={`lines-${service.id}`}
        caption={t("linesCaption", { service: name })}
        lines={lines}
        totalLabel={t("subtotal")}
        totalMinor={subtotalMinor}
        currency={currency}
      />
    </section>
  );
}

/** Lines of no single service: account-wide charges and discounts, and VAT. */
export function BillAccountLines({ lines, currency }: { lines: Line[]; currency: string }) {
  const t = useTranslations("bills.detail");
  return (
    <section aria-labelledby="account-lines" className="stack">
      <h2 id="account-lines">{t("accountLevel")}</h2>
      <LinesTable id="lines-account" caption={t("accountLevelCaption")} lines={lines} currency={currency} />
    </section>
  );
}

function LinesTable(props: { id: string; caption: string; lines: Line[]; totalLabel?: string; totalMinor?: number; currency: string }) {
  const t = useTranslations("bills.detail");
  const units = useTranslations("bills.units");
  const format = useFormatter();
  const quantity = (l: Line) => {
    if (l.quantity === null) return "";
    if (l.kind === "usage" && l.usageKind) {
      return usageText(l.usageKind, l.quantity, format, {
        count: (u, count) => units(u, { count }),
        size: (u, amount) => units(u, { amount }),
      });
    }
    if (l.kind === "tax") return "";
    return units("days", { count: l.quantity });
  };
  const description = (l: Line) => {
    if (l.kind === "tax") return t("vatLine", { rate: formatRate(format, l.quantity ?? 0) });
    if (l.kind === "usage") return `${t("lineKinds.usage")} ${l.zone ? t(`zones.${l.zone}`) : ""} · ${l.description}`;
    return `${t(`lineKinds.${l.kind}`)}: ${l.description}`;
  };
  const dates = (l: Line) => {
    // a usage line's date is where its allowance period starts, which says nothing to the reader
    if (!l.startDate || l.kind === "usage") return "";
    if (l.kind === "one_time" || !l.endDate) return formatDay(format, l.startDate);
    return `${formatDay(format, l.startDate)} – ${formatDay(format, dayBefore(l.endDate))}`;
  };
  return (
    <DataTable id={props.id} caption={props.caption} headers={[t("description"), t("quantity"), t("dates"), t("amount")]}>
      {[...props.lines].sort(byKind).map((l) => (
        <tr key={l.id}>
          <td>{description(l)}</td>
          <td className="nowrap">{quantity(l)}</td>
          <td>{dates(l)}</td>
          <td className="num">{formatMoney(format, l.amount.amountMinor, props.currency)}</td>
        </tr>
      ))}
      {props.totalLabel !== undefined && props.totalMinor !== undefined && (
        <tr className="bill-subtotal">
          <th scope="row" colSpan={3}>
            {props.totalLabel}
          </th>
          <td className="num">{formatMoney(format, props.totalMinor, props.currency)}</td>
        </tr>
      )}
    </DataTable>
  );
}
