import { describe, expect, it } from "vitest";
import { catalogues } from "~/app/_i18n/catalogues";
import { renderSlaReportPdf, ticketsCsv, type Translate } from "./sla-export";
import type { MonthReportView } from "./sla.schemas";

// A tiny stand-in for next-intl: dotted keys into the catalogue, {name} placeholders filled in.
const translator =
  (locale: keyof typeof catalogues): Translate =>
  (key, values = {}) => {
    const text = key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogues[locale].sla);
    if (typeof text !== "string") throw new Error(`no text for ${key}`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  };

const service = { id: "s1", kind: "broadband" as const, identifier: "LL-BRNO-0001", label: "Leased line Brno–Prague" };
const report: MonthReportView = {
  month: "2026-10",
  customerName: "BigCorp",
  tier: "premium",
  generatedAt: new Date("2026-11-23T10:00:00Z"),
  figures: {
    month: "2026-10",
    opened: 2,
    resolved: 1,
    resolvedWithinTarget: 0,
    respondedWithinTarget: 1,
    breaches: { total: 1, byPriority: { P1: 1, P2: 0, P3: 0, P4: 0 }, response: 0 },
    mttr: { businessMinutes: 420, wallClockHours: 7 },
    availability: [{ service, outageMinutes: 270, availability: 1 - 270 / 44_700 }],
    worstAvailability: 1 - 270 / 44_700,
    creditTotal: [{ amountMinor: 150_000, currency: "CZK" }],
  },
  tickets: [
    {
      id: "t1",
      number: "TT-000042",
      service,
      priority: "P1",
      openedAt: new Date("2026-10-09T12:00:00Z"),
      respondedAt: new Date("2026-10-09T12:12:00Z"),
      resolvedAt: new Date("2026-10-09T19:00:00Z"),
      responseMet: true,
      resolutionMet: false,
      breachedAt: new Date("2026-10-09T16:00:00Z"),
      businessMinutesToResolve: 420,
    },
    {
      id: "t2",
      number: "TT-000043",
      service,
      priority: "P3",
      openedAt: new Date("2026-10-30T12:00:00Z"),
      respondedAt: null,
      resolvedAt: null,
      responseMet: null,
      resolutionMet: null,
      breachedAt: null,
      businessMinutesToResolve: 30.5,
    },
  ],
  credits: {
    month: "2026-10",
    items: [
      {
        ticketId: "t1",
        ticketNumber: "TT-000042",
        service,
        breachedAt: new Date("2026-10-09T16:00:00Z"),
        amount: { amountMinor: 150_000, currency: "CZK" },
        capped: false,
        status: "next_bill",
        creditNoteNumber: null,
      },
    ],
    total: [{ amountMinor: 150_000, currency: "CZK" }],
  },
};

describe("SLA exports", () => {
  it("the CSV starts with a BOM and a translated header, one row per ticket in Prague time", () => {
    const csv = ticketsCsv(report, translator("cs"));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Tiket,Služba,Priorita,Nahlášeno,Odpovězeno,Vyřešeno,Lhůta odpovědi dodržena,Lhůta vyřešení dodržena,Porušení,Pracovní " +
        "minuty do vyřešení",
    );
    expect(lines[1]).toBe(
      "TT-000042,LL-BRNO-0001 (Leased line Brno–Prague),P1,2026-10-09 14:00,2026-10-09 14:12,2026-10-09 21:00,ano,ne,ano,420",
    );
    expect(lines[2]).toBe("TT-000043,LL-BRNO-0001 (Leased line Brno–Prague),P3,2026-10-30 13:00,,,zatím ne,zatím ne,ne,31");
    expect(lines).toHaveLength(3);
  });

  it.each(["en", "cs", "ru", "zh"] as const)("renders the monthly PDF in %s", async (locale) => {
    const pdf = await renderSlaReportPdf(report, translator(locale), locale, { compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
