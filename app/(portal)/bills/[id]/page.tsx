import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { BillCostCentres } from "~/app/_components/bill-cost-centres";
import { BillDisputes } from "~/app/_components/bill-disputes";
import { BillExplanation } from "~/app/_components/bill-explanation";
import { formatDay, formatMoney, formatPeriod, formatRate } from "~/app/_components/bill-format";
import { BillAccountLines, BillServiceSection } from "~/app/_components/bill-lines";
import { BillStateBadge } from "~/app/_components/bill-state-badge";
import { DataTable } from "~/app/_components/data-table";
import { DetailsList } from "~/app/_components/details-list";
import { PayBillForm } from "~/app/_components/pay-bill-form";
import { PaymentInstructions } from "~/app/_components/payment-instructions";
import { PaymentReturn } from "~/app/_components/payment-return";
import { PaymentsTable } from "~/app/_components/payments-table";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { isEnterpriseAdmin } from "~/server/auth/principal";
import { cardPaymentsMode } from "~/server/container";
import { Id } from "~/server/lib/ids";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await api();
  const [t, common, bill] = await Promise.all([
    getTranslations("bills.detail"),
    getTranslations("common"),
    caller.bills.get({ billId: (await params).id }).catch(() => null),
  ]);
  return { title: bill ? t("heading", { number: bill.billNo }) : common("notFoundTitle") };
}

export default async function BillPage({ params, searchParams }: Props) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const { id } = await params;
  const sp = (await searchParams) ?? {};
  // Back from card checkout: ask the provider first, so the bill below already counts a payment just made.
  const paymentId = param(sp, "payment");
  const returned = Id.safeParse(paymentId).success ? await caller.payments.returned({ paymentId: paymentId! }).catch(() => null) : null;
  const cardMode = cardPaymentsMode();
  const [bill, explanation, split, payments, t, format] = await Promise.all([
    orPage(caller.bills.get({ billId: id })),
    orPage(caller.bills.explain({ billId: id })),
    caller.actor && isEnterpriseAdmin(caller.actor) ? orPage(caller.bills.costCentreSplit({ billId: id })) : null,
    cardMode === "off" ? null : caller.payments.list({ billId: id, pageSize: 20 }).catch(() => null),
    getTranslations("bills.detail"),
    getFormatter(),
  ]);
  const paymentsText = await getTranslations("payments");
  const currency = bill.taxIncludedAmount.currency;
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(format, m.amountMinor, m.currency);
  const vat = bill.taxItem[0];
  const summary: [string, ReactNode][] = [
    [t("account"), `${bill.billingAccount.name} (${bill.billingAccount.number})`],
    [
      t("period"),
      `${formatPeriod(format, bill.period)} · ${t("periodRange", {
        from: formatDay(format, bill.billingPeriod.startDate),
        to: formatDay(format, bill.billingPeriod.endDate),
      })}`,
    ],
    [t("issueDate"), formatDay(format, bill.billDate)],
    [t("dueDate"), formatDay(format, bill.paymentDueDate)],
    [t("net"), money(bill.taxExcludedAmount)],
    [t("vat", { rate: vat ? formatRate(format, vat.taxRateBp) : "" }), vat ? money(vat.taxAmount) : money({ amountMinor: 0, currency })],
    [t("total"), <strong key="total">{money(bill.taxIncludedAmount)}</strong>],
    [t("amountDue"), <strong key="due">{money(bill.remainingAmount)}</strong>],
    [t("status"), <BillStateBadge key="state" state={bill.state} />],
  ];
  const serviceLines = bill.subtotals.flatMap((s) => {
    const lines = bill.lines.filter((l) => l.service?.id === s.serviceId);
    const service = lines[0]?.service;
    return s.serviceId && service ? [{ service, lines, subtotal: s.net.amountMinor }] : [];
  });
  const accountLines = bill.lines.filter((l) => l.service === null);

  return (
    <div className="stack">
      <p>
        <Link href="/bills">
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <h1>{t("heading", { number: bill.billNo })}</h1>
      {returned && returned.bill.id === bill.id && (
        <PaymentReturn payment={returned} cancelled={param(sp, "cancelled") === "1"} due={bill.remainingAmount} />
      )}
      {bill.partial && (
        <p className="alert" role="note">
          {t("partial")}
        </p>
      )}
      <section aria-labelledby="bill-summary" className="stack">
        <h2 id="bill-summary" className="visually-hidden">
          {t("summary")}
        </h2>
        <DetailsList rows={summary} />
        <p className="bill-actions">
          <a href={`/api/bills/${bill.id}/pdf`} className="btn" download>
            {t("downloadPdf")}
          </a>
          <Link href="/statements">{t("statements")}</Link>
        </p>
      </section>

      {cardMode !== "off" && bill.remainingAmount.amountMinor > 0 && (
        <div id="pay">
          <PayBillForm billId={bill.id} due={bill.remainingAmount} testMode={cardMode === "test"} />
        </div>
      )}

      <PaymentInstructions bill={bill} />

      {payments && payments.items.length > 0 && (
        <section aria-labelledby="bill-payments" className="stack">
          <h2 id="bill-payments">{paymentsText("onBill")}</h2>
          <PaymentsTable id="bill-payments-table" payments={payments.items} showBill={false} />
        </section>
      )}

      <BillExplanation explanation={explanation} currency={currency} />

      <section aria-labelledby="bill-services" className="stack">
        <h2 id="bill-services">{t("services")}</h2>
        {serviceLines.map((s) => (
          <BillServiceSection key={s.service.id} service={s.service} lines={s.lines} subtotalMinor={s.subtotal} currency={currency} />
        ))}
      </section>

      {accountLines.length > 0 && <BillAccountLines lines={accountLines} currency={currency} />}

      {bill.creditNotes.length > 0 && (
        <section aria-labelledby="credit-notes" className="stack">
          <h2 id="credit-notes">{t("creditNotes")}</h2>
          <DataTable
            id="credit-notes-table"
            caption={t("creditNotesCaption")}
            headers={[t("creditNumber"), t("creditReason"), t("creditIssued"), t("creditAmount")]}
          >
            {bill.creditNotes.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.number}</th>
                <td>{n.reason}</td>
                <td>{format.dateTime(n.issuedAt, { dateStyle: "medium" })}</td>
                <td className="num">{money(n.taxIncludedAmount)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}

      <section aria-labelledby="bill-totals" className="stack">
        <h2 id="bill-totals">{t("totals")}</h2>
        <DetailsList
          rows={[
            [t("net"), money(bill.taxExcludedAmount)],
            [
              t("vat", { rate: vat ? formatRate(format, vat.taxRateBp) : "" }),
              vat ? money(vat.taxAmount) : money({ amountMinor: 0, currency }),
            ],
            [t("total"), <strong key="total">{money(bill.taxIncludedAmount)}</strong>],
            [t("amountDue"), <strong key="due">{money(bill.remainingAmount)}</strong>],
          ]}
        />
      </section>

      {split && <BillCostCentres split={split} />}

      <BillDisputes bill={bill} />
    </div>
  );
}
