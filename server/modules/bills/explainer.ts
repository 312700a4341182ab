// "Why is this bill different from the last one?": splits the change in the tax-included total into
// reasons a person recognises (a new line, a plan change, roaming, a promotion ending, …). Pure and
// deterministic: the same two bills give the same reasons whatever order their lines come in, and the
// reasons' deltas always add up to the difference exactly ("other" takes what nothing else explains).
import type { CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";

export const reasonKinds = [
  "new_service",
  "service_ended",
  "plan_changed",
  "proration",
  "promotion_ended",
  "promotion_started",
  "discount_changed",
  "overage",
  "roaming",
  "international",
  "one_off_charge",
  "credit",
  "tax_change",
  "other",
] as const;
export type ReasonKind = (typeof reasonKinds)[number];

export type ExplainableBill = Pick<CustomerBillDetail, "billingPeriod" | "taxIncludedAmount" | "taxItem" | "lines" | "creditNotes">;
type Line = ExplainableBill["lines"][number];
export type ReasonService = NonNullable<Line["service"]>;

export type BillReason = {
  kind: ReasonKind;
  service: ReasonService | null;
  /** what this reason adds to (or, negative, takes off) the total, in minor units */
  deltaMinor: number;
  /** the same charges on the previous and on this bill (credit: the credit notes issued against this bill) */
  previousMinor: number;
  currentMinor: number;
  /** descriptions of the lines behind the reason (plans, discounts, charges), sorted */
  items: string[];
  /** usage reasons: charged base units on this bill per usage kind */
  quantities: { voice: number; sms: number; data: number } | null;
  /** tax_change: the VAT rates, basis points */
  rateBp: { previous: number; current: number } | null;
};

const zoneGroup = {
  national: "overage",
  roaming_eu: "roaming",
  roaming_world: "roaming",
  international: "international",
  premium: "international",
} as const;

type Bucket = { kind: ReasonKind; service: ReasonService | null; previous: Line[]; current: Line[] };

/** Reasons, biggest absolute change first; an empty list when nothing changed. `previous` null: the first bill. */
export function explainBill(current: ExplainableBill, previous: ExplainableBill | null): BillReason[] {
  const before = previous ?? {
    billingPeriod: current.billingPeriod,
    taxIncludedAmount: { ...current.taxIncludedAmount, amountMinor: 0 },
    taxItem: [],
    lines: [],
    creditNotes: [],
  };
  const reasons: BillReason[] = [];
  const services = new Map<string, ReasonService>();
  const netOf = (bill: ExplainableBill, id: string) => bill.lines.filter((l) => l.kind !== "tax" && l.service?.id === id);
  for (const l of [...before.lines, ...current.lines]) if (l.service) services.set(l.service.id, l.service);

  const buckets = new Map<string, Bucket>();
  const put = (side: "previous" | "current", kind: ReasonKind, service: ReasonService | null, line: Line) => {
    const key = `${kind}|${service?.id ?? ""}|${kind.startsWith("promotion") || kind === "discount_changed" ? line.description : ""}`;
    const bucket = buckets.get(key) ?? { kind, service, previous: [], current: [] };
    bucket[side].push(line);
    buckets.set(key, bucket);
  };

  for (const [id, service] of services) {
    const [was, now] = [netOf(before, id), netOf(current, id)];
    if (was.length === 0 || now.length === 0) {
      for (const l of was) put("previous", "service_ended", service, l);
      for (const l of now) put("current", "new_service", service, l);
      continue;
    }
    const partial = [...was.map((l) => [l, before] as const), ...now.map((l) => [l, current] as const)].some(
      ([l, bill]) => l.kind === "recurring" && !coversPeriod(l, bill),
    );
    for (const [side, lines] of [
      ["previous", was],
      ["current", now],
    ] as const) {
      for (const l of lines) if (l.kind === "recurring") put(side, partial ? "proration" : "plan_changed", service, l);
    }
  }
  for (const [side, bill] of [
    ["previous", before],
    ["current", current],
  ] as const) {
    for (const l of bill.lines) {
      if (l.kind === "usage" && l.service && netOf(side === "previous" ? current : before, l.service.id).length > 0) {
        put(side, l.zone ? zoneGroup[l.zone] : "other", l.service, l);
      } else if (l.kind === "one_time" && (!l.service || netOf(side === "previous" ? current : before, l.service.id).length > 0)) {
        put(side, "one_off_charge", l.service, l);
      } else if (l.kind === "discount" && (!l.service || netOf(side === "previous" ? current : before, l.service.id).length > 0)) {
        put(side, "discount_changed", l.service, l);
      }
    }
  }

  for (const b of buckets.values()) {
    const previousMinor = sum(b.previous);
    const currentMinor = sum(b.current);
    if (previousMinor === currentMinor && b.kind !== "new_service" && b.kind !== "service_ended") continue;
    const kind =
      b.kind !== "discount_changed"
        ? b.kind
        : b.current.length === 0
          ? "promotion_ended"
          : b.previous.length === 0
            ? "promotion_started"
            : "discount_changed";
    const usage = kind === "overage" || kind === "roaming" || kind === "international";
    reasons.push({
      kind,
      service: b.service,
      deltaMinor: currentMinor - previousMinor,
      previousMinor,
      currentMinor,
      items: [...new Set([...b.previous, ...b.current].map((l) => l.description))].sort(),
      quantities: usage ? quantitiesOf(b.current) : null,
      rateBp: null,
    });
  }

  const taxOf = (bill: ExplainableBill) => sum(bill.lines.filter((l) => l.kind === "tax"));
  const rateOf = (bill: ExplainableBill) => bill.taxItem[0]?.taxRateBp ?? 0;
  const [taxBefore, taxNow] = [taxOf(before), taxOf(current)];
  if (taxBefore !== taxNow) {
    reasons.push({
      kind: "tax_change",
      service: null,
      deltaMinor: taxNow - taxBefore,
      previousMinor: taxBefore,
      currentMinor: taxNow,
      items: [],
      quantities: null,
      rateBp: { previous: previous ? rateOf(before) : rateOf(current), current: rateOf(current) },
    });
  }
  const credited = current.creditNotes.reduce((s, n) => s + n.taxIncludedAmount.amountMinor, 0);
  if (credited !== 0) {
    // A credit note lowers what is owed on this bill, not the bill's total: it explains the amount due.
    reasons.push({
      kind: "credit",
      service: null,
      deltaMinor: 0,
      previousMinor: 0,
      currentMinor: credited,
      items: current.creditNotes.map((n) => n.reason).sort(),
      quantities: null,
      rateBp: null,
    });
  }

  const difference = current.taxIncludedAmount.amountMinor - before.taxIncludedAmount.amountMinor;
  const rest = difference - reasons.reduce((s, r) => s + r.deltaMinor, 0);
  if (rest !== 0)
    reasons.push({
      kind: "other",
      service: null,
      deltaMinor: rest,
      previousMinor: 0,
      currentMinor: 0,
      items: [],
      quantities: null,
      rateBp: null,
    });
  return reasons.sort(byImpact);
}

function coversPeriod(line: Line, bill: ExplainableBill) {
  if (!line.startDate || !line.endDate) return true;
  // a line's end date is exclusive, the period's is its last day
  return line.startDate <= bill.billingPeriod.startDate && line.endDate > bill.billingPeriod.endDate;
}

const sum = (lines: Line[]) => lines.reduce((s, l) => s + l.amount.amountMinor, 0);

function quantitiesOf(lines: Line[]) {
  const q = { voice: 0, sms: 0, data: 0 };
  for (const l of lines) if (l.usageKind) q[l.usageKind] += l.quantity ?? 0;
  return q;
}

function byImpact(a: BillReason, b: BillReason) {
  return (
    Math.abs(b.deltaMinor) - Math.abs(a.deltaMinor) ||
    Math.abs(b.currentMinor) - Math.abs(a.currentMinor) ||
    a.kind.localeCompare(b.kind) ||
    (a.service?.id ?? "").localeCompare(b.service?.id ?? "") ||
    a.items.join().localeCompare(b.items.join())
  );
}
