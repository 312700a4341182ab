import { useFormatter, useTranslations } from "next-intl";
import type { BillDetailView } from "~/server/modules/bills/bills.schemas";
import type { ServiceKind } from "~/server/modules/services/services.schemas";
import { DataTable } from "./data-table";
import { byLineKind, lineText } from "~/server/modules/bills/line-format";
import { formatMoney, lineTexts } from "./bill-format";
import "./bill.css";

type Line = BillDetailView["lines"][number];
type Service = NonNullable<Line["service"]>;

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
  const texts = lineTexts(t, units, format);
  return (
    <DataTable id={props.id} caption={props.caption} headers={[t("description"), t("quantity"), t("dates"), t("amount")]}>
      {[...props.lines].sort(byLineKind).map((l) => {
        const text = lineText(l, texts);
        return (
          <tr key={l.id}>
            <td>{text.description}</td>
            <td className="nowrap">{text.quantity}</td>
            <td>{text.dates}</td>
            <td className="num">{formatMoney(format, l.amount.amountMinor, props.currency)}</td>
          </tr>
        );
      })}
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
