import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { billingPeriod, divRound, isoDate, dayNumber, usageKinds, usageZones, type AccountInput, type Cdr } from "./rating";
import { rateAccount } from "./rating-account";
import { catalogue, extraData, fixed, mobile, mobileBig } from "./__fixtures__/rating.fixture";

const PERIOD = "2026-10";
const BASE = dayNumber("2026-10-01");
const plans = [mobile.id, mobileBig.id, fixed.id];

/** A date around the period (a few days either side), as YYYY-MM-DD. */
const dateNear = fc.integer({ min: -40, max: 70 }).map((d) => isoDate(BASE + d));
const span = fc
  .tuple(dateNear, fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }))
  .map(([start, len]) => ({ start, end: len === null ? null : isoDate(dayNumber(start) + len) }));

const service = (id: string) =>
  fc.record({
    id: fc.constant(id),
    costCentreId: fc.constantFrom(null, "cc-1"),
    // consecutive plan periods starting somewhere around the period (plan changes, terminations)
    planPeriods: fc
      .tuple(
        dateNear,
        fc.array(fc.tuple(fc.constantFrom(...plans), fc.integer({ min: 1, max: 25 })), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
      )
      .map(([start, parts, open]) => {
        let at = dayNumber(start);
        return parts.map(([planId, len], i) => {
          const s = at;
          at += len;
          return { planId, start: isoDate(s), end: open && i === parts.length - 1 ? null : isoDate(at) };
        });
      }),
    addOns: fc.array(
      span.map((s) => ({ ...s, addOnId: extraData.id })),
      { maxLength: 2 },
    ),
  });

const cdrFor = (serviceIds: string[]) =>
  fc.record({
    serviceId: fc.constantFrom(...serviceIds),
    kind: fc.constantFrom(...usageKinds),
    zone: fc.constantFrom(...usageZones),
    // minutes from 3 days before to 3 days after the period, so some fall outside it
    minute: fc.integer({ min: -3 * 1440, max: 34 * 1440 }),
    quantity: fc.bigInt({ min: 0n, max: 3_000_000_000n }),
  });

const accountArb: fc.Arbitrary<AccountInput> = fc.integer({ min: 1, max: 3 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `svc-${i + 1}`);
  return fc.record({
    billCycleDay: fc.constantFrom(1, 1, 8, 28),
    vatRateBp: fc.integer({ min: 0, max: 2_700 }),
    services: fc.tuple(...ids.map(service)),
    cdrs: fc.array(cdrFor(ids), { maxLength: 60 }).map((xs) =>
      xs.map((c, i): Cdr => ({
        id: BigInt(i + 1),
        serviceId: c.serviceId,
        kind: c.kind,
        zone: c.zone,
        startedAt: new Date((BASE * 1440 + c.minute) * 60_000),
        quantity: c.kind === "data" ? c.quantity : c.kind === "sms" ? 1n : c.quantity % 7_200n,
      })),
    ),
    oneTimeCharges: fc.array(
      fc.record({
        id: fc.uuid(),
        serviceId: fc.constantFrom(null, ...ids),
        description: fc.constant("charge"),
        amountMinor: fc.bigInt({ min: -50_000n, max: 50_000n }),
        chargeDate: dateNear,
      }),
      { maxLength: 2 },
    ),
    discounts: fc.array(
      fc
        .tuple(fc.uuid(), fc.constantFrom(null, ...ids), fc.boolean(), fc.integer({ min: 0, max: 10_000 }), span)
        .map(([id, serviceId, percent, value, s]) => ({
          id,
          serviceId,
          description: "discount",
          kind: percent ? ("percent" as const) : ("fixed" as const),
          percentBp: percent ? value : null,
          amountMinor: percent ? null : BigInt(value),
          ...s,
        })),
      { maxLength: 2 },
    ),
  });
});

const rate = (a: AccountInput) => rateAccount(PERIOD, a, catalogue);

describe("rating properties", () => {
  it("totals are exact: Σ lines = net, VAT rounded once on the net, total = net + VAT", () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        const bill = rate(a);
        if (!bill) return;
        const charges = bill.lines.filter((l) => l.kind !== "tax");
        expect(charges.reduce((s, l) => s + l.amountMinor, 0n)).toBe(bill.netMinor);
        expect(bill.taxMinor).toBe(divRound(bill.netMinor * BigInt(a.vatRateBp), 10_000n));
        expect(bill.lines.reduce((s, l) => s + l.amountMinor, 0n)).toBe(bill.totalMinor);
        expect(bill.totalMinor).toBe(bill.netMinor + bill.taxMinor);
      }),
      { numRuns: 300 },
    );
  });

  it("every CDR of the period is rated or reported unrated, and rated quantities add up", () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        const bill = rate(a);
        if (!bill) return;
        const { start, end } = billingPeriod(PERIOD, a.billCycleDay);
        const inPeriod = a.cdrs.filter((c) => c.startedAt >= new Date(`${start}T00:00:00Z`) && c.startedAt < new Date(`${end}T00:00:00Z`));
        expect(bill.ratedUsage.reduce((s, r) => s + r.cdrCount, 0) + bill.unratedCdrIds.length).toBe(inPeriod.length);
        for (const r of bill.ratedUsage) {
          expect(r.includedQuantity + r.chargedQuantity).toBe(r.quantity);
          expect(r.includedQuantity >= 0n && r.chargedQuantity >= 0n).toBe(true);
        }
        const usageLines = bill.lines.filter((l) => l.kind === "usage").reduce((s, l) => s + l.amountMinor, 0n);
        expect(usageLines).toBe(bill.ratedUsage.reduce((s, r) => s + r.amountMinor, 0n));
      }),
      { numRuns: 300 },
    );
  });

  it("re-running gives the identical bill, whatever order the CDRs arrive in", () => {
    fc.assert(
      fc.property(accountArb, fc.integer(), (a, seed) => {
        const shuffled = [...a.cdrs].sort((x, y) => ((Number(x.id) * 7919 + seed) % 101) - ((Number(y.id) * 7919 + seed) % 101));
        expect(rate({ ...a, cdrs: shuffled })).toEqual(rate(a));
        expect(rate(a)).toEqual(rate(a));
      }),
      { numRuns: 200 },
    );
  });

  it("one more CDR never makes a bill cheaper", () => {
    fc.assert(
      fc.property(accountArb, cdrFor(["svc-1"]), (a, extra) => {
        const more: Cdr = {
          id: 10_000n,
          serviceId: extra.serviceId,
          kind: extra.kind,
          zone: extra.zone,
          startedAt: new Date((BASE * 1440 + extra.minute) * 60_000),
          quantity: extra.kind === "sms" ? 1n : extra.quantity,
        };
        const before =
          rate(a)
            ?.lines.filter((l) => l.kind === "usage")
            .reduce((s, l) => s + l.amountMinor, 0n) ?? 0n;
        const after =
          rate({ ...a, cdrs: [...a.cdrs, more] })
            ?.lines.filter((l) => l.kind === "usage")
            .reduce((s, l) => s + l.amountMinor, 0n) ?? 0n;
        expect(after >= before).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
