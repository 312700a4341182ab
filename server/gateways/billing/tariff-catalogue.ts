// Allowances, usage rates and add-ons of the built-in catalogue, keyed by plan code (the plans
// themselves, with their monthly fees, live in prisma/seed/catalogue.ts). Prices are in CZK.
// Used by the demo seed, the benchmark and tests; `ensureBillingCatalogue` is idempotent. The VAT
// rates are also inserted by the billing_core migration; tests that empty every table need them back.
import type { Tx } from "~/server/db/client";
import type { UsageKind, UsageZone } from "./rating";

export type RateSeed = { kind: UsageKind; zone: UsageZone; priceMicro: bigint; unitSize: number; fromAllowance: boolean };
export type TariffSeed = {
  planCode: string;
  voiceSeconds: number | null;
  smsCount: number | null;
  dataBytes: bigint | null;
  rates: RateSeed[];
};
export type AddOnSeed = { code: string; name: string; monthlyFeeMinor: number; voiceSeconds: number; smsCount: number; dataBytes: bigint };

const MIB = 1_048_576;
const GIB = 1_073_741_824n;
/** Price in haléř (minor units) → micro-units. */
const micro = (minor: number) => BigInt(Math.round(minor * 1_000_000));

const perMinute = (zone: UsageZone, minor: number, fromAllowance: boolean): RateSeed => ({
  kind: "voice",
  zone,
  priceMicro: micro(minor),
  unitSize: 60,
  fromAllowance,
});
const perSms = (zone: UsageZone, minor: number, fromAllowance: boolean): RateSeed => ({
  kind: "sms",
  zone,
  priceMicro: micro(minor),
  unitSize: 1,
  fromAllowance,
});
const perMib = (zone: UsageZone, minor: number, fromAllowance: boolean): RateSeed => ({
  kind: "data",
  zone,
  priceMicro: micro(minor),
  unitSize: MIB,
  fromAllowance,
});

// National and EU roaming draw on the allowance (roam like at home); the rest is charged from the first unit.
function mobileRates(business: boolean): RateSeed[] {
  return [
    perMinute("national", 250, true),
    perMinute("roaming_eu", 250, true),
    perMinute("international", business ? 590 : 990, false),
    perMinute("roaming_world", 3990, false),
    perMinute("premium", 2900, false),
    perSms("national", 190, true),
    perSms("roaming_eu", 190, true),
    perSms("international", 490, false),
    perSms("roaming_world", 990, false),
    perSms("premium", 1500, false),
    perMib("national", 50, true),
    perMib("roaming_eu", 50, true),
    perMib("international", 50, true),
    perMib("roaming_world", 1500, false),
    perMib("premium", 50, true),
  ];
}

const fixedRates = (includedNational: boolean): RateSeed[] => [
  perMinute("national", 99, includedNational),
  perMinute("international", 490, false),
  perMinute("premium", 2500, false),
];

export const tariffs: readonly TariffSeed[] = [
  { planCode: "MOB-S", voiceSeconds: 100 * 60, smsCount: 100, dataBytes: 3n * GIB, rates: mobileRates(false) },
  { planCode: "MOB-M", voiceSeconds: 300 * 60, smsCount: null, dataBytes: 10n * GIB, rates: mobileRates(false) },
  { planCode: "MOB-UNL", voiceSeconds: null, smsCount: null, dataBytes: 100n * GIB, rates: mobileRates(false) },
  { planCode: "MOB-BIZ", voiceSeconds: 1000 * 60, smsCount: null, dataBytes: 20n * GIB, rates: mobileRates(true) },
  { planCode: "FIX-BASIC", voiceSeconds: 0, smsCount: 0, dataBytes: 0n, rates: fixedRates(true) },
  { planCode: "FIX-PLUS", voiceSeconds: 1000 * 60, smsCount: 0, dataBytes: 0n, rates: fixedRates(true) },
  // Broadband and TV carry no metered usage: unlimited allowances, no rates.
  ...["BB-100", "BB-1000", "BB-BIZ-1G", "LL-1G", "LL-10G", "TV-START", "TV-PLUS"].map((planCode): TariffSeed => ({
    planCode,
    voiceSeconds: null,
    smsCount: null,
    dataBytes: null,
    rates: [],
  })),
];

export const addOns: readonly AddOnSeed[] = [
  { code: "DATA-5G", name: "Extra 5 GB", monthlyFeeMinor: 19_900, voiceSeconds: 0, smsCount: 0, dataBytes: 5n * GIB },
  { code: "VOICE-100", name: "Extra 100 minutes", monthlyFeeMinor: 9_900, voiceSeconds: 100 * 60, smsCount: 0, dataBytes: 0n },
  { code: "TV-SPORT", name: "Sport package", monthlyFeeMinor: 29_900, voiceSeconds: 0, smsCount: 0, dataBytes: 0n },
  { code: "TV-FILM", name: "Film package", monthlyFeeMinor: 24_900, voiceSeconds: 0, smsCount: 0, dataBytes: 0n },
];

/** Standard VAT rates in basis points, by country and the day they apply from. */
const vatRates: readonly { country: string; validFrom: string; rateBasisPoints: number }[] = [
  { country: "CZ", validFrom: "2013-01-01", rateBasisPoints: 2100 },
  { country: "SK", validFrom: "2011-01-01", rateBasisPoints: 2000 },
  { country: "SK", validFrom: "2025-01-01", rateBasisPoints: 2300 },
  { country: "DE", validFrom: "2007-01-01", rateBasisPoints: 1900 },
  { country: "AT", validFrom: "1984-01-01", rateBasisPoints: 2000 },
  { country: "PL", validFrom: "2011-01-01", rateBasisPoints: 2300 },
];

/** Upserts tariffs for the plans that exist (by code), the add-ons and VAT rates; set-based, safe to repeat. */
export async function ensureBillingCatalogue(tx: Tx): Promise<void> {
  const v = vatRates;
  await tx.$executeRaw`
    INSERT INTO "VatRate" (country, "validFrom", "rateBasisPoints")
    SELECT * FROM unnest(${v.map((x) => x.country)}::text[], ${v.map((x) => x.validFrom)}::date[],
    ${v.map((x) => x.rateBasisPoints)}::int[])
    ON CONFLICT DO NOTHING`;
  const t = tariffs;
  await tx.$executeRaw`
    INSERT INTO "Tariff" ("planId", "voiceSeconds", "smsCount", "dataBytes")
    SELECT p.id, s.voice, s.sms, s.data
    FROM unnest(${t.map((x) => x.planCode)}::text[], ${t.map((x) => x.voiceSeconds)}::int[],
                ${t.map((x) => x.smsCount)}::int[], ${t.map((x) => x.dataBytes?.toString() ?? null)}::bigint[]) AS s(code, voice, sms, data)
    JOIN "Plan" p ON p.code = s.code
    ON CONFLICT ("planId") DO UPDATE SET "voiceSeconds" = EXCLUDED."voiceSeconds", "smsCount" = EXCLUDED."smsCount", "dataBytes" =
    EXCLUDED."dataBytes"`;
  const rates = t.flatMap((x) => x.rates.map((r) => ({ planCode: x.planCode, ...r })));
  await tx.$executeRaw`
    INSERT INTO "TariffRate" ("planId", kind, zone, "priceMicro", "unitSize", "fromAllowance")
    SELECT p.id, r.kind, r.zone, r.price, r.unit, r.fa
    FROM unnest(${rates.map((r) => r.planCode)}::text[], ${rates.map((r) => r.kind)}::"UsageKind"[],
    ${rates.map((r) => r.zone)}::"UsageZone"[],
                ${rates.map((r) => r.priceMicro.toString())}::bigint[], ${rates.map((r) => r.unitSize)}::int[],
                ${rates.map((r) => r.fromAllowance)}::boolean[]) AS r(code, kind, zone, price, unit, fa)
    JOIN "Plan" p ON p.code = r.code
    ON CONFLICT ("planId", kind, zone) DO UPDATE
      SET "priceMicro" = EXCLUDED."priceMicro", "unitSize" = EXCLUDED."unitSize", "fromAllowance" = EXCLUDED."fromAllowance"`;
  const a = addOns;
  await tx.$executeRaw`
    INSERT INTO "AddOn" (code, name, "monthlyFeeMinor", "voiceSeconds", "smsCount", "dataBytes")
    SELECT * FROM unnest(${a.map((x) => x.code)}::text[], ${a.map((x) => x.name)}::text[], ${a.map((x) => x.monthlyFeeMinor)}::int[],
                         ${a.map((x) => x.voiceSeconds)}::int[], ${a.map((x) => x.smsCount)}::int[],
                         ${a.map((x) => x.dataBytes.toString())}::bigint[])
    ON CONFLICT (code) DO NOTHING`;
}
