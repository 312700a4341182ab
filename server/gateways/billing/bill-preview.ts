// "What would the bill say now?": the bill-run SQL for one account inside a transaction that is
// always rolled back. Usage meters (allowance used / left), unbilled charges so far and a forecast
// all start from here, and they can never disagree with the bill that will be issued.
import type { Db, Tx } from "~/server/db/client";
import { executeBatch } from "./bill-run";
import type { BillPreview } from "./billing-gateway";
import { billingPeriod, dayNumber, isoDate, type IsoDate, type LineKind, type UsageKind, type UsageZone } from "./rating";

class RollBack extends Error {
  constructor(readonly preview: BillPreview | null) {
    super("preview rolled back");
  }
}

const day = (d: Date): IsoDate => d.toISOString().slice(0, 10);

type LineRow = {
  kind: LineKind;
  service_id: string | null;
  service_kind: string | null;
  identifier: string | null;
  label: string | null;
  cost_centre_id: string | null;
  usage_kind: UsageKind | null;
  zone: UsageZone | null;
  description: string;
  quantity: bigint | null;
  start_date: Date | null;
  end_date: Date | null;
  amount: bigint;
};
type UsageRow = {
  service_id: string;
  kind: UsageKind;
  zone: UsageZone;
  segment_start: Date;
  cdrs: number;
  allowance: bigint | null;
  qty: bigint;
  included: bigint;
  charged: bigint;
  amount: bigint;
};

export async function previewAccountBill(
  db: Db,
  p: {
    billingAccountId: string;
    period: string;
    issueDate: IsoDate;
    serviceIds: string[] | null;
    /** "what if": changes made inside the rolled-back transaction before rating (e.g. a service moved in) */
    assume?: (tx: Tx) => Promise<unknown>;
  },
): Promise<BillPreview | null> {
  const [year, month] = p.period.split("-").map(Number) as [number, number];
  try {
    await db.$transaction(
      async (tx) => {
        // Tells the rating-version triggers that these writes are rolled back (migration 20261203140000).
        await tx.$executeRaw`SELECT set_config('billing.preview', 'on', true)`;
        await p.assume?.(tx);
        const run = await tx.billRun.create({ data: { period: p.period, billingAccountId: p.billingAccountId }, select: { id: true } });
        await executeBatch(
          tx,
          {
            period: p.period,
            year,
            month,
            accountIds: [p.billingAccountId],
            from: `${p.period}-01`,
            to: billingPeriod(p.period, 28).end,
            runId: run.id,
            issueDate: p.issueDate,
            dueDate: p.issueDate,
          },
          undefined,
          false,
        ); // rolled back: nothing to announce
        const [bill] = await tx.$queryRaw<{ id: string; currency: string; ps: Date; pe: Date; net: bigint; total: bigint }[]>`
        SELECT b.id, b.currency, b."periodStart" AS ps, b."periodEnd" AS pe, b."netMinor" AS net, b."totalMinor" AS total
        FROM br_bill x JOIN "Bill" b ON b.id = x.id`;
        if (!bill) throw new RollBack(null);
        const only = p.serviceIds;
        const lines = await tx.$queryRaw<LineRow[]>`
        SELECT l.kind, l."serviceId" AS service_id, s.kind::text AS service_kind, s.identifier, s.label, l."costCentreId" AS cost_centre_id,
               l."usageKind" AS usage_kind, l.zone, l.description, l.quantity, l."startDate" AS start_date, l."endDate" AS end_date,
               l."amountMinor" AS amount
        FROM "BillLine" l LEFT JOIN "Service" s ON s.id = l."serviceId"
        WHERE l."billId" = ${bill.id}::uuid AND (${only}::uuid[] IS NULL OR l."serviceId" = ANY(${only}::uuid[]))
        ORDER BY l.id`;
        const usage = await tx.$queryRaw<UsageRow[]>`
        SELECT r."serviceId" AS service_id, r.kind, r.zone, r."segmentStart" AS segment_start, r."cdrCount" AS cdrs, r.allowance,
               r.quantity AS qty, r."includedQuantity" AS included, r."chargedQuantity" AS charged, r."amountMinor" AS amount
        FROM "RatedUsage" r
        WHERE r."billId" = ${bill.id}::uuid AND (${only}::uuid[] IS NULL OR r."serviceId" = ANY(${only}::uuid[]))
        ORDER BY r."serviceId", r.kind, r.zone`;
        const c = bill.currency;
        const amount = (m: bigint) => ({ amountMinor: Number(m), currency: c });
        throw new RollBack({
          billingAccountId: p.billingAccountId,
          period: p.period,
          billingPeriod: { startDate: day(bill.ps), endDate: isoDate(dayNumber(day(bill.pe)) - 1) },
          lines: lines.map((l) => ({
            kind: l.kind,
            service: l.service_id ? { id: l.service_id, kind: l.service_kind ?? "", identifier: l.identifier ?? "", label: l.label } : null,
            costCentreId: l.cost_centre_id,
            usageKind: l.usage_kind,
            zone: l.zone,
            description: l.description,
            quantity: l.quantity === null ? null : Number(l.quantity),
            startDate: l.start_date ? day(l.start_date) : null,
            endDate: l.end_date ? day(l.end_date) : null,
            amount: amount(l.amount),
          })),
          usage: usage.map((u) => ({
            serviceId: u.service_id,
            kind: u.kind,
            zone: u.zone,
            segmentStart: day(u.segment_start),
            cdrCount: u.cdrs,
            quantity: Number(u.qty),
            includedQuantity: Number(u.included),
            chargedQuantity: Number(u.charged),
            amount: amount(u.amount),
            allowance: u.allowance === null ? null : Number(u.allowance),
          })),
          // A scope limited to some services sees the sum of its own lines only, never the account's total.
          ...(only === null
            ? { taxExcludedAmount: amount(bill.net), taxIncludedAmount: amount(bill.total), partial: false }
            : ((net: bigint) => ({ taxExcludedAmount: amount(net), taxIncludedAmount: amount(net), partial: true }))(
                lines.reduce((sum, l) => sum + (l.kind === "tax" ? 0n : l.amount), 0n),
              )),
        });
      },
      { timeout: 60_000 },
    );
  } catch (err) {
    if (err instanceof RollBack) return err.preview;
    throw err;
  }
  return null;
}
