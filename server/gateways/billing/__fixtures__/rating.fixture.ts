// A small hand-made catalogue and account builder for the rating unit and property tests.
import type { AccountInput, AddOnTariff, Catalogue, Cdr, PlanTariff, Rate, UsageKind, UsageZone } from "../rating";

const rate = (priceMicro: bigint, unitSize: number, fromAllowance: boolean): Rate => ({ priceMicro, unitSize, fromAllowance });

/** Mobile plan: 100 min, 50 SMS, 1 GiB; national and EU roaming draw on them (2.50/min, 1.90/SMS, 0.50/MiB). */
export const mobile: PlanTariff = {
  id: "plan-mob",
  name: "Mobile",
  monthlyFeeMinor: 31_000n,
  allowance: { voice: 6_000n, sms: 50n, data: 1_073_741_824n },
  rates: {
    "voice:national": rate(250_000_000n, 60, true),
    "voice:roaming_eu": rate(300_000_000n, 60, true),
    "voice:international": rate(990_000_000n, 60, false),
    "voice:roaming_world": rate(3_990_000_000n, 60, false),
    "voice:premium": rate(2_900_000_000n, 60, false),
    "sms:national": rate(190_000_000n, 1, true),
    "sms:roaming_eu": rate(190_000_000n, 1, true),
    "sms:international": rate(490_000_000n, 1, false),
    "data:national": rate(50_000_000n, 1_048_576, true),
    "data:roaming_eu": rate(50_000_000n, 1_048_576, true),
    "data:roaming_world": rate(1_500_000_000n, 1_048_576, false),
  },
};

/** A second mobile plan (for plan changes): unlimited voice, no data allowance. */
export const mobileBig: PlanTariff = {
  id: "plan-big",
  name: "Mobile Big",
  monthlyFeeMinor: 62_000n,
  allowance: { voice: null, sms: null, data: 0n },
  rates: { ...mobile.rates },
};

/** Fixed voice: no allowance, 0.99/min national. */
export const fixed: PlanTariff = {
  id: "plan-fix",
  name: "Fixed",
  monthlyFeeMinor: 19_900n,
  allowance: { voice: 0n, sms: 0n, data: 0n },
  rates: { "voice:national": rate(99_000_000n, 60, true), "voice:international": rate(490_000_000n, 60, false) },
};

export const extraData: AddOnTariff = {
  id: "addon-data",
  name: "Extra data",
  monthlyFeeMinor: 9_900n,
  allowance: { voice: 0n, sms: 0n, data: 1_073_741_824n },
};

export const catalogue: Catalogue = {
  plans: new Map([mobile, mobileBig, fixed].map((p) => [p.id, p])),
  addOns: new Map([[extraData.id, extraData]]),
};

let nextId = 1n;
export function cdr(serviceId: string, kind: UsageKind, zone: UsageZone, startedAt: string, quantity: bigint | number, id?: bigint): Cdr {
  return { id: id ?? nextId++, serviceId, kind, zone, startedAt: new Date(startedAt), quantity: BigInt(quantity) };
}

/** One account, cycle day 1, CZ VAT, one mobile service on `mobile` since long before the period. */
export function account(over: Partial<AccountInput> = {}): AccountInput {
  return {
    billCycleDay: 1,
    vatRateBp: 2100,
    cdrs: [],
    oneTimeCharges: [],
    discounts: [],
    services: [{ id: "svc-1", costCentreId: null, planPeriods: [{ planId: mobile.id, start: "2024-01-01", end: null }], addOns: [] }],
    ...over,
  };
}
