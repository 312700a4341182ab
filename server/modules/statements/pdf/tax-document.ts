// What makes the bill a tax document: who supplies whom (names, addresses, company and VAT numbers), the
// date of the taxable supply and the VAT recapitulation per rate, whose sums are the bill's to the minor unit.
import type { CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";
import { env } from "~/server/env";
import type { PdfColumn, PdfRow } from "~/server/lib/pdf";
import type { Formats, Translate } from "./format";

/** A party to the supply; what is unknown is left out of the document. */
export type Party = { name: string; address: string | null; companyId: string | null; vatId: string | null };

/** The operator, from OPERATOR_NAME, OPERATOR_ADDRESS, OPERATOR_COMPANY_ID and OPERATOR_VAT_ID. */
export const operatorParty = (): Party => ({
  name: env.OPERATOR_NAME,
  address: env.OPERATOR_ADDRESS,
  companyId: env.OPERATOR_COMPANY_ID || null,
  vatId: env.OPERATOR_VAT_ID || null,
});

export type PartiesLayout = { columns: PdfColumn[]; rows: PdfRow[] };

/** Supplier and customer side by side, a line each for name, address, company number and VAT number. */
export function partiesLayout(supplier: Party, customer: Party, t: Translate): PartiesLayout {
  const linesOf = (p: Party) => [
    p.name,
    p.address ?? "",
    p.companyId ? `${t("pdf.bill.companyId")}: ${p.companyId}` : "",
    p.vatId ? `${t("pdf.bill.vatId")}: ${p.vatId}` : "",
  ];
  const [s, c] = [linesOf(supplier), linesOf(customer)];
  return {
    columns: [
      { header: t("pdf.bill.supplier"), width: 1 },
      { header: t("pdf.bill.customer"), width: 1 },
    ],
    rows: s.map((line, i) => ({ cells: [line, c[i]!], bold: i === 0 })).filter((r) => r.cells.some(Boolean)),
  };
}

type TaxedBill = Pick<CustomerBillDetail, "billingPeriod" | "taxExcludedAmount" | "taxIncludedAmount" | "taxItem">;

/** A continuous supply (a month of service) is taxable on the last day of its period. */
export const taxableSupplyDate = (bill: Pick<TaxedBill, "billingPeriod">) => bill.billingPeriod.endDate;

export type VatRecapRow = { rateBp: number; baseMinor: number; vatMinor: number; totalMinor: number };

/**
 * Base, VAT and total per rate. The bill states VAT per rate and its net as a whole: each rate's base
 * follows from its VAT, the largest rate takes what rounding leaves, so the bases add up to the net.
 */
export function vatRecap(bill: TaxedBill): VatRecapRow[] {
  const net = bill.taxExcludedAmount.amountMinor;
  const items = bill.taxItem.length ? bill.taxItem : [{ taxRateBp: 0, taxAmount: { ...bill.taxExcludedAmount, amountMinor: 0 } }];
  const largest = items.reduce((a, b) => (b.taxAmount.amountMinor > a.taxAmount.amountMinor ? b : a));
  const bases = items.map((x) => (x === largest || x.taxRateBp === 0 ? 0 : Math.round((x.taxAmount.amountMinor * 10_000) / x.taxRateBp)));
  const rest = net - bases.reduce((s, b) => s + b, 0);
  return items.map((x, i) => {
    const baseMinor = x === largest ? rest : bases[i]!;
    return { rateBp: x.taxRateBp, baseMinor, vatMinor: x.taxAmount.amountMinor, totalMinor: baseMinor + x.taxAmount.amountMinor };
  });
}

export type VatRecapLayout = { columns: PdfColumn[]; rows: PdfRow[] };

export function vatRecapLayout(bill: TaxedBill, t: Translate, f: Formats): VatRecapLayout {
  const money = (minor: number) => f.money(minor, bill.taxIncludedAmount.currency);
  const recap = vatRecap(bill);
  const sum = (pick: (r: VatRecapRow) => number) => recap.reduce((s, r) => s + pick(r), 0);
  return {
    columns: [
      { header: t("pdf.bill.vatRate"), width: 2 },
      { header: t("pdf.bill.vatBase"), width: 2, align: "right" },
      { header: t("pdf.bill.vatAmount"), width: 2, align: "right" },
      { header: t("pdf.bill.total"), width: 2, align: "right" },
    ],
    rows: [
      ...recap.map((r) => ({ cells: [f.percent(r.rateBp), money(r.baseMinor), money(r.vatMinor), money(r.totalMinor)] })),
      {
        cells: [t("pdf.bill.recapTotal"), money(sum((r) => r.baseMinor)), money(sum((r) => r.vatMinor)), money(sum((r) => r.totalMinor))],
        bold: true,
      },
    ],
  };
}
