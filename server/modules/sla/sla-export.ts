// The monthly report as files: a CSV of every ticket of the month and a PDF with figures, tickets and credits.
import { stringify } from "csv-stringify/sync";
import { spreadsheetCsv } from "~/server/lib/csv";
import { createPdfDocument, drawFooters, drawHeader, drawHeading, drawParagraph, drawTable, pdfToBuffer } from "~/server/lib/pdf";
import { REPORT_TIME_ZONE } from "./sla-month";
import type { MonthReportView } from "./sla.schemas";

/** Reads the `sla` namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

// Sortable local times for spreadsheets, in the zone the report months are cut in.
const stamp = new Intl.DateTimeFormat("sv-SE", {
  timeZone: REPORT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const when = (d: Date | null) => (d ? stamp.format(d) : "");
const serviceName = (s: MonthReportView["tickets"][number]["service"]) => (s.label ? `${s.identifier} (${s.label})` : s.identifier);

export function ticketsCsv(report: MonthReportView, t: Translate): string {
  const met = (v: boolean | null) => (v === null ? t("csv.open") : v ? t("csv.yes") : t("csv.no"));
  const header = [
    "number",
    "service",
    "priority",
    "opened",
    "responded",
    "resolved",
    "responseMet",
    "resolutionMet",
    "breach",
    "businessMinutes",
  ].map((k) => t(`csv.${k}`));
  const rows = report.tickets.map((r) => [
    r.number,
    serviceName(r.service),
    r.priority,
    when(r.openedAt),
    when(r.respondedAt),
    when(r.resolvedAt),
    met(r.responseMet),
    met(r.resolutionMet),
    r.breachedAt ? t("csv.yes") : t("csv.no"),
    Math.round(r.businessMinutesToResolve),
  ]);
  return stringify([header, ...rows], spreadsheetCsv);
}

export function renderSlaReportPdf(
  report: MonthReportView,
  t: Translate,
  locale: string,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const number = (v: number, o: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, o).format(v);
  const share = (v: number | null) => (v === null ? t("none") : number(v, { style: "percent", maximumFractionDigits: 1 }));
  const availability = (v: number) => number(v, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const money = (m: { amountMinor: number; currency: string }) => number(m.amountMinor / 100, { style: "currency", currency: m.currency });
  const monthName = (() => {
    const [y, m] = report.month.split("-").map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 15)));
  })();
  const f = report.figures;
  const title = t("pdf.title");
  const doc = createPdfDocument({ title, compress: options.compress });
  drawHeader(doc, {
    operator: t("pdf.operator"),
    title,
    details: [
      [t("pdf.customer"), report.customerName],
      [t("pdf.month"), monthName],
      [t("pdf.level"), t(`tiers.${report.tier}`)],
      [t("pdf.generated"), when(report.generatedAt)],
    ],
  });

  drawHeading(doc, t("pdf.figures"));
  const mttr =
    f.mttr.businessMinutes === null
      ? t("none")
      : `${number(Math.round(f.mttr.businessMinutes))} min · ` +
        (f.mttr.wallClockHours === null ? "" : t("hours", { hours: number(f.mttr.wallClockHours, { maximumFractionDigits: 1 }) }));
  const b = f.breaches.byPriority;
  drawTable(
    doc,
    [
      { header: t("pdf.figure"), width: 3 },
      { header: t("pdf.value"), width: 2, align: "right" },
    ],
    [
      { cells: [t("trend.opened"), String(f.opened)] },
      { cells: [t("trend.resolved"), String(f.resolved)] },
      { cells: [t("kpi.resolvedInTime"), share(f.resolvedWithinTarget)] },
      { cells: [t("kpi.respondedInTime"), share(f.respondedWithinTarget)] },
      { cells: [t("kpi.breaches"), `${f.breaches.total} (P1 ${b.P1 ?? 0} · P2 ${b.P2 ?? 0} · P3 ${b.P3 ?? 0} · P4 ${b.P4 ?? 0})`] },
      { cells: [t("kpi.mttr"), mttr] },
      { cells: [t("kpi.availability"), availability(f.worstAvailability)] },
    ],
  );

  drawHeading(doc, t("availability.title"));
  drawTable(
    doc,
    [
      { header: t("availability.service"), width: 4 },
      { header: t("availability.outage"), width: 1, align: "right" },
      { header: t("availability.availability"), width: 1, align: "right" },
    ],
    f.availability.map((a) => ({ cells: [serviceName(a.service), `${number(a.outageMinutes)} min`, availability(a.availability)] })),
  );

  drawHeading(doc, t("pdf.tickets"));
  if (report.tickets.length === 0) drawParagraph(doc, t("pdf.noTickets"));
  else {
    const met = (v: boolean | null) => (v === null ? t("csv.open") : v ? t("csv.yes") : t("csv.no"));
    drawTable(
      doc,
      [
        { header: t("csv.number"), width: 2 },
        { header: t("csv.service"), width: 3 },
        { header: t("csv.priority"), width: 1 },
        { header: t("csv.opened"), width: 2.2 },
        { header: t("csv.resolved"), width: 2.2 },
        { header: t("csv.responseMet"), width: 1.5 },
        { header: t("csv.resolutionMet"), width: 1.5 },
      ],
      report.tickets.map((r) => ({
        cells: [
          r.number,
          serviceName(r.service),
          r.priority,
          when(r.openedAt),
          when(r.resolvedAt),
          met(r.responseMet),
          met(r.resolutionMet),
        ],
        bold: r.breachedAt !== null,
      })),
    );
  }

  drawHeading(doc, t("credits.title"));
  if (report.credits.items.length === 0) drawParagraph(doc, t("credits.empty"));
  else {
    drawTable(
      doc,
      [
        { header: t("credits.ticket"), width: 2 },
        { header: t("credits.service"), width: 3 },
        { header: t("credits.amount"), width: 1.5, align: "right" },
        { header: t("credits.status"), width: 3 },
      ],
      [
        ...report.credits.items.map((c) => ({
          cells: [
            c.ticketNumber,
            serviceName(c.service),
            money(c.amount),
            t(`credits.statuses.${c.status}`, { note: c.creditNoteNumber ?? "" }),
          ],
        })),
        ...report.credits.total.map((m) => ({ cells: [t("credits.total"), "", money(m), ""], bold: true })),
      ],
    );
  }
  drawFooters(doc, (page, count) => t("pdf.pageOf", { page, count }));
  return pdfToBuffer(doc);
}
