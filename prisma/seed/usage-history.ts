// Deterministic demo CDRs: the same service and day always give the same records, so a seed that
// runs again (or on another day) only adds the days that are missing. Scenarios per month give the
// bills something to explain: a roaming holiday, an overage, a quiet month.
import { createRng } from "./generate-rows";
import type { UsageKind, UsageZone } from "~/server/gateways/billing/rating";

export type UsageRow = {
  serviceId: string;
  kind: UsageKind;
  zone: UsageZone;
  startedAt: string;
  quantity: number;
  destination: string | null;
};
export type Scenario = "normal" | "roaming" | "overage" | "quiet";
export type UsageProfile = {
  serviceId: string;
  identifier: string;
  kind: "mobile" | "fixed_voice";
  /** typical data per month in bytes (mobile) */
  dataPerMonth: number;
  /** calls per day, roughly */
  callsPerDay: number;
  scenarioOf: (monthsAgo: number) => Scenario;
};

const MB = 1_048_576;
const DAY_MS = 86_400_000;

/** FNV-1a: a stable 32-bit seed from a text. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const nationalNumbers = ["+420 602 118 900", "+420 737 440 210", "+420 224 810 111", "+420 776 503 332", "+420 585 227 014"];
const abroadNumbers = ["+49 30 901820", "+43 1 5880", "+421 2 5443 5421", "+44 20 7946 0958"];

/** One day of one service's usage. `monthsAgo` 0 is the current month. */
export function usageOfDay(p: UsageProfile, day: Date, monthsAgo: number): UsageRow[] {
  const iso = day.toISOString().slice(0, 10);
  const rng = createRng(hashSeed(`${p.identifier}|${iso}`));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const at = () => new Date(day.getTime() + Math.floor((7 + rng() * 15) * 3_600_000)).toISOString();
  const scenario = p.scenarioOf(monthsAgo);
  const dom = day.getUTCDate();
  // The holiday: ten days in the middle of the month abroad in the EU, one call home from further away.
  const abroad = scenario === "roaming" && dom >= 10 && dom < 20;
  const rows: UsageRow[] = [];
  const add = (kind: UsageKind, zone: UsageZone, quantity: number, destination: string | null) =>
    rows.push({ serviceId: p.serviceId, kind, zone, startedAt: at(), quantity: Math.max(1, Math.round(quantity)), destination });

  const calls = Math.round(p.callsPerDay * (scenario === "quiet" ? 0.4 : 0.6 + rng() * 0.8));
  for (let i = 0; i < calls; i++) add("voice", abroad ? "roaming_eu" : "national", 20 + rng() * 420, pick(nationalNumbers));
  if (rng() < 0.08) add("voice", "international", 120 + rng() * 900, pick(abroadNumbers));
  if (p.kind === "fixed_voice") return rows;

  const sms = Math.floor(rng() * 4);
  for (let i = 0; i < sms; i++) add("sms", abroad ? "roaming_eu" : "national", 1, pick(nationalNumbers));
  const factor = scenario === "overage" ? 1.3 : scenario === "quiet" ? 0.3 : 0.55 + rng() * 0.25;
  const dataToday = (p.dataPerMonth * factor) / 30;
  const sessions = 2 + Math.floor(rng() * 3);
  for (let i = 0; i < sessions; i++) add("data", abroad ? "roaming_eu" : "national", (dataToday / sessions) * (0.7 + rng() * 0.6), null);
  if (abroad && dom === 15) add("voice", "roaming_world", 300 + rng() * 300, "+1 212 555 0142");
  return rows;
}

/** Every whole day from `from` (inclusive) to `to` (exclusive), UTC. */
export function daysBetween(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t < to.getTime(); t += DAY_MS) out.push(new Date(t));
  return out;
}

export const monthsBetween = (earlier: Date, later: Date) =>
  (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth();

export const mib = (n: number) => n * MB;
