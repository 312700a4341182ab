// The plan catalogue: shared by the demo world and the benchmark generator.
import type { ServiceKind } from "~/server/db/generated/enums";

export type PlanSeed = { code: string; kind: ServiceKind; name: string; monthlyFeeMinor: number };

export const CURRENCY = "CZK";

export const plans: readonly PlanSeed[] = [
  { code: "MOB-S", kind: "mobile", name: "Mobile S", monthlyFeeMinor: 34_900 },
  { code: "MOB-M", kind: "mobile", name: "Mobile M", monthlyFeeMinor: 54_900 },
  { code: "MOB-UNL", kind: "mobile", name: "Mobile Unlimited", monthlyFeeMinor: 89_900 },
  { code: "MOB-BIZ", kind: "mobile", name: "Business Mobile", monthlyFeeMinor: 64_900 },
  { code: "FIX-BASIC", kind: "fixed_voice", name: "Fixed Voice Basic", monthlyFeeMinor: 19_900 },
  { code: "FIX-PLUS", kind: "fixed_voice", name: "Fixed Voice Plus", monthlyFeeMinor: 39_900 },
  { code: "BB-100", kind: "broadband", name: "Broadband 100 Mbit/s", monthlyFeeMinor: 49_900 },
  { code: "BB-1000", kind: "broadband", name: "Broadband 1 Gbit/s", monthlyFeeMinor: 79_900 },
  { code: "BB-BIZ-1G", kind: "broadband", name: "Business Broadband 1 Gbit/s", monthlyFeeMinor: 149_900 },
  { code: "LL-1G", kind: "broadband", name: "Leased Line 1 Gbit/s", monthlyFeeMinor: 1_290_000 },
  { code: "LL-10G", kind: "broadband", name: "Leased Line 10 Gbit/s", monthlyFeeMinor: 3_490_000 },
  { code: "TV-START", kind: "tv", name: "TV Start", monthlyFeeMinor: 29_900 },
  { code: "TV-PLUS", kind: "tv", name: "TV Plus", monthlyFeeMinor: 59_900 },
];
