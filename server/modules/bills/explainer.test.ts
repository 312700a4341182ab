import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainBill, type ExplainableBill, type ReasonKind } from "./explainer";

type Line = ExplainableBill["lines"][number];
const SEP = { startDate: "2026-09-01", endDate: "2026-09-30" };
const OCT = { startDate: "2026-10-01", endDate: "2026-10-31" };
const services = {
  mobile: { id: "s-mobile", kind: "mobile", identifier: "+420601234567", label: "Phone" },
  tv: { id: "s-tv", kind: "tv", identifier: "SC-1", label: null },
  broadband: { id: "s-bb", kind: "broadband", identifier: "BB-1", label: "Home" },
};
type ServiceName = keyof typeof services;

let seq = 0;
const line = (kind: Line["kind"], amountMinor: number, rest: Partial<Line> & { on?: ServiceName } = {}): Line => {
  const { on, ...other } = rest;
  return {
    id: String(++seq),
    kind,
    service: on ? services[on] : null,
    costCentreId: null,
    usageKind: null,
    zone: null,
    description: kind,
    quantity: null,
    startDate: null,
    endDate: null,
    amount: { amountMinor, currency: "CZK" },
    ...other,
  };
};
const fee = (on: ServiceName, amountMinor: number, period = OCT, description = "Plan M") =>
  line("recurring", amountMinor, { on, description, startDate: period.startDate, endDate: nextDay(period.endDate) });
const usage = (on: ServiceName, zone: NonNullable<Line["zone"]>, amountMinor: number, quantity = 60) =>
  line("usage", amountMinor, { on, zone, usageKind: "voice", quantity });

/** A bill whose VAT line is 21 % of its net, rounded half away from zero. */
function bill(period: typeof OCT, lines: Line[], vatBp = 2100, credits: number[] = []): ExplainableBill {
  const net = lines.reduce((s, l) => s + l.amount.amountMinor, 0);
  const tax = Math.sign(net) * Math.round((Math.abs(net) * vatBp) / 10_000);
  return {
    billingPeriod: period,
    taxIncludedAmount: { amountMinor: net + tax, currency: "CZK" },
    taxItem: [{ taxRateBp: vatBp, taxAmount: { amountMinor: tax, currency: "CZK" } }],
    lines: [...lines, line("tax", tax, { quantity: vatBp })],
    creditNotes: credits.map((c, i) => ({
      id: `cn${i}`,
      number: `CN-${i}`,
      billId: "b",
      reference: null,
      reason: `SLA credit ${i}`,
      issuedAt: new Date(0),
      taxIncludedAmount: { amountMinor: c, currency: "CZK" },
    })),
  };
}

function nextDay(d: string) {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const base = (period = OCT) => [fee("mobile", 50_000, period), fee("tv", 30_000, period)];

const cases: {
  name: string;
  previous: Line[];
  current: Line[];
  expect: { kind: ReasonKind; service: ServiceName | null; delta: number };
}[] = [
  {
    name: "a service added",
    previous: base(SEP),
    current: [...base(), fee("broadband", 60_000)],
    expect: { kind: "new_service", service: "broadband", delta: 60_000 },
  },
  {
    name: "a service ended",
    previous: [...base(SEP), fee("broadband", 60_000, SEP)],
    current: base(),
    expect: { kind: "service_ended", service: "broadband", delta: -60_000 },
  },
  {
    name: "the plan changed",
    previous: base(SEP),
    current: [fee("mobile", 70_000, OCT, "Plan L"), fee("tv", 30_000)],
    expect: { kind: "plan_changed", service: "mobile", delta: 20_000 },
  },
  {
    name: "part of the period charged",
    previous: base(SEP),
    current: [line("recurring", 20_000, { on: "mobile", startDate: "2026-10-01", endDate: "2026-10-13" }), fee("tv", 30_000)],
    expect: { kind: "proration", service: "mobile", delta: -30_000 },
  },
  {
    name: "a promotion ended",
    previous: [...base(SEP), line("discount", -10_000, { on: "tv", description: "Welcome 25 %" })],
    current: base(),
    expect: { kind: "promotion_ended", service: "tv", delta: 10_000 },
  },
  {
    name: "a promotion started",
    previous: base(SEP),
    current: [...base(), line("discount", -5_000, { description: "Loyalty" })],
    expect: { kind: "promotion_started", service: null, delta: -5_000 },
  },
  {
    name: "usage over the allowance grew",
    previous: [...base(SEP), usage("mobile", "national", 1_000)],
    current: [...base(), usage("mobile", "national", 9_000)],
    expect: { kind: "overage", service: "mobile", delta: 8_000 },
  },
  {
    name: "roaming appeared",
    previous: base(SEP),
    current: [...base(), usage("mobile", "roaming_world", 25_000)],
    expect: { kind: "roaming", service: "mobile", delta: 25_000 },
  },
  {
    name: "international calls fell",
    previous: [...base(SEP), usage("mobile", "international", 7_000)],
    current: base(),
    expect: { kind: "international", service: "mobile", delta: -7_000 },
  },
  {
    name: "a one-off charge",
    previous: base(SEP),
    current: [...base(), line("one_time", 9_900, { description: "SIM swap" })],
    expect: { kind: "one_off_charge", service: null, delta: 9_900 },
  },
];

describe("explainBill", () => {
  for (const c of cases) {
    it(`names "${c.expect.kind}" when ${c.name}, and the reasons add up`, () => {
      const previous = bill(SEP, c.previous);
      const current = bill(OCT, c.current);
      const reasons = explainBill(current, previous);
      expect(reasons[0]).toMatchObject({
        kind: c.expect.kind,
        service: c.expect.service ? services[c.expect.service] : null,
        deltaMinor: c.expect.delta,
      });
      expect(reasons.reduce((s, r) => s + r.deltaMinor, 0)).toBe(
        current.taxIncludedAmount.amountMinor - previous.taxIncludedAmount.amountMinor,
      );
      expect(reasons.map((r) => r.kind)).toContain("tax_change");
      expect(reasons.map((r) => r.kind)).not.toContain("other");
    });
  }

  it("names a VAT rate change with both rates", () => {
    const reasons = explainBill(bill(OCT, base(), 1200), bill(SEP, base(SEP), 2100));
    expect(reasons).toEqual([
      expect.objectContaining({ kind: "tax_change", deltaMinor: 9_600 - 16_800, rateBp: { previous: 2100, current: 1200 } }),
    ]);
  });

  it("lists credit notes without changing the sum (they lower the amount due, not the total)", () => {
    const reasons = explainBill(bill(OCT, base(), 2100, [-1_210]), bill(SEP, base(SEP)));
    expect(reasons).toEqual([expect.objectContaining({ kind: "credit", deltaMinor: 0, currentMinor: -1_210, items: ["SLA credit 0"] })]);
  });

  it("explains nothing when nothing changed", () => {
    expect(explainBill(bill(OCT, base()), bill(SEP, base(SEP)))).toEqual([]);
  });

  it("puts what the lines do not explain under other (a partial view of a bill)", () => {
    const current = bill(OCT, base());
    const reasons = explainBill(
      { ...current, taxIncludedAmount: { amountMinor: current.taxIncludedAmount.amountMinor + 500, currency: "CZK" } },
      bill(SEP, base(SEP)),
    );
    expect(reasons).toEqual([expect.objectContaining({ kind: "other", deltaMinor: 500 })]);
  });

  it("sorts the biggest change first", () => {
    const reasons = explainBill(
      bill(OCT, [...base(), usage("mobile", "roaming_eu", 3_000), line("one_time", 50_000)]),
      bill(SEP, base(SEP)),
    );
    expect(reasons.map((r) => r.kind)).toEqual(["one_off_charge", "tax_change", "roaming"]);
  });

  it("treats the first bill as all new", () => {
    const reasons = explainBill(bill(OCT, base()), null);
    expect(reasons.reduce((s, r) => s + r.deltaMinor, 0)).toBe(bill(OCT, base()).taxIncludedAmount.amountMinor);
    expect(reasons.filter((r) => r.kind === "new_service")).toHaveLength(2);
  });
});

describe("explainBill properties", () => {
  const zones = ["national", "international", "roaming_eu", "roaming_world", "premium"] as const;
  const serviceName = fc.constantFrom<ServiceName | null>("mobile", "tv", "broadband", null);
  const arbLine = fc.oneof(
    fc
      .record({
        on: fc.constantFrom<ServiceName>("mobile", "tv", "broadband"),
        amount: fc.integer({ min: 0, max: 90_000 }),
        partial: fc.boolean(),
        plan: fc.constantFrom("S", "M", "L"),
      })
      .map(({ on, amount, partial, plan }) =>
        line("recurring", amount, { on, description: plan, startDate: "2026-10-01", endDate: partial ? "2026-10-12" : "2026-11-01" }),
      ),
    fc
      .record({
        on: fc.constantFrom<ServiceName>("mobile", "broadband"),
        zone: fc.constantFrom(...zones),
        amount: fc.integer({ min: 1, max: 40_000 }),
      })
      .map(({ on, zone, amount }) => usage(on, zone, amount)),
    fc
      .record({ on: serviceName, amount: fc.integer({ min: 1, max: 20_000 }) })
      .map(({ on, amount }) => line("one_time", amount, { on: on ?? undefined, description: "Charge" })),
    fc
      .record({ on: serviceName, amount: fc.integer({ min: 1, max: 20_000 }), name: fc.constantFrom("Loyalty", "Welcome") })
      .map(({ on, amount, name }) => line("discount", -amount, { on: on ?? undefined, description: name })),
  );
  const arbBill = (period: typeof OCT) =>
    fc
      .record({
        lines: fc.array(arbLine, { maxLength: 12 }),
        vat: fc.constantFrom(2100, 1200, 0),
        credits: fc.array(fc.integer({ min: -5_000, max: -1 }), { maxLength: 2 }),
      })
      .map(({ lines, vat, credits }) => bill(period, lines, vat, credits));

  it("the reasons' deltas sum exactly to the difference of the totals", () => {
    fc.assert(
      fc.property(arbBill(OCT), fc.option(arbBill(SEP)), (current, previous) => {
        const total = explainBill(current, previous).reduce((s, r) => s + r.deltaMinor, 0);
        expect(total).toBe(current.taxIncludedAmount.amountMinor - (previous?.taxIncludedAmount.amountMinor ?? 0));
      }),
      { numRuns: 500 },
    );
  });

  it("depends neither on the order of the lines nor on anything but the two bills", () => {
    fc.assert(
      fc.property(arbBill(OCT), arbBill(SEP), fc.nat(), (current, previous, seed) => {
        const shuffled = (b: ExplainableBill) => ({ ...b, lines: shuffle(b.lines, seed), creditNotes: shuffle(b.creditNotes, seed + 1) });
        const once = explainBill(current, previous);
        expect(explainBill(shuffled(current), shuffled(previous))).toEqual(once);
        expect(explainBill(current, previous)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it("sorts by absolute delta, biggest first", () => {
    fc.assert(
      fc.property(arbBill(OCT), arbBill(SEP), (current, previous) => {
        const deltas = explainBill(current, previous).map((r) => Math.abs(r.deltaMinor));
        expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
      }),
    );
  });
});

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
