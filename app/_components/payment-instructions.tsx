import { useFormatter, useTranslations } from "next-intl";
import { qrMatrix, qrSvgPath } from "~/server/lib/qr";
import { formatIban, operatorPayee, paymentInstructionsOf } from "~/server/modules/statements/payment-instructions";
import { formatDay, formatMoney } from "./bill-format";
import { DetailsList, type DetailRow } from "./details-list";
import "./payment-instructions.css";

type Bill = Parameters<typeof paymentInstructionsOf>[0];

/** How to pay the bill by bank transfer, with a Czech QR payment code; nothing when nothing is left to pay. */
export function PaymentInstructions({ bill }: { bill: Bill }) {
  const t = useTranslations("paymentInstructions");
  const format = useFormatter();
  const pay = paymentInstructionsOf(bill, operatorPayee());
  if (!pay) return null;
  const matrix = qrMatrix(pay.qrText);
  // A quiet zone of four modules around the code, as scanners expect.
  const box = matrix.size + 8;
  const rows: DetailRow[] = [
    [
      t("account"),
      <span key="iban" translate="no">
        {formatIban(pay.iban)}
      </span>,
    ],
    ...(pay.bic
      ? [
          [
            t("bic"),
            <span key="bic" translate="no">
              {pay.bic}
            </span>,
          ] as DetailRow,
        ]
      : []),
    [t("variableSymbol"), <strong key="vs">{pay.variableSymbol}</strong>],
    [t("amount"), <strong key="amount">{formatMoney(format, pay.amountMinor, pay.currency)}</strong>],
    [t("currency"), pay.currency],
    [t("dueDate"), formatDay(format, pay.dueDate)],
  ];
  return (
    <section aria-labelledby="payment-instructions" className="stack">
      <h2 id="payment-instructions">{t("heading")}</h2>
      <p>{t("lead")}</p>
      <div className="payment">
        <figure className="payment-qr">
          <svg
            xmlns="http://www.w3.org/2000/svg"
            viewBox={`-4 -4 ${box} ${box}`}
            role="img"
            aria-label={t("qrLabel")}
            shapeRendering="crispEdges"
          >
            <path d={qrSvgPath(matrix)} fill="#000" />
          </svg>
          <figcaption>{t("qr")}</figcaption>
        </figure>
        <div className="payment-details stack">
          <DetailsList rows={rows} />
          <p className="muted">{t("symbolHint")}</p>
          <p className="muted">{t("qrHint")}</p>
        </div>
      </div>
    </section>
  );
}
