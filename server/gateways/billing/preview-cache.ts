// Usage meters, unbilled charges and the forecast come from a rolled-back bill run of one account (bill-preview.ts):
// a whole rating per call. Its answer changes only when something it reads changes, and the database counts those
// changes per account ("RatingVersion", bumped by triggers on usage, services, plan periods, add-ons, charges,
// discounts, bills, the account, and — under the all-zero id — the catalogue). So a preview is kept per account,
// period, day and scope, and reused while both versions stay. Each process keeps its own; the versions make them agree.
import type { Db } from "~/server/db/client";
import { previewAccountBill } from "./bill-preview";
import type { BillPreview } from "./billing-gateway";
import type { IsoDate } from "./rating";

const CATALOGUE = "00000000-0000-0000-0000-000000000000";
/** Accounts × periods × scopes kept per database; the least recently used goes first. */
const MAX_ENTRIES = 2_000;

type Entry = { stamp: string; preview: BillPreview | null };
const caches = new WeakMap<Db, Map<string, Entry>>();

/** How often a preview was computed or reused (benchmarks and tests read it). */
export const previewStats = { computed: 0, reused: 0 };

async function stampOf(db: Db, billingAccountId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT coalesce(max(version) FILTER (WHERE "billingAccountId" = ${billingAccountId}::uuid), 0) || '.' ||
           coalesce(max(version) FILTER (WHERE "billingAccountId" = ${CATALOGUE}::uuid), 0) AS stamp
    FROM "RatingVersion" WHERE "billingAccountId" IN (${billingAccountId}::uuid, ${CATALOGUE}::uuid)`;
  return row?.stamp ?? "0.0";
}

export async function cachedPreview(
  db: Db,
  p: { billingAccountId: string; period: string; issueDate: IsoDate; serviceIds: string[] | null },
): Promise<BillPreview | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const scope = p.serviceIds ? [...p.serviceIds].sort().join(",") : "*";
  const key = `${p.billingAccountId}|${p.period}|${p.issueDate}|${scope}`;
  // Read before rating: a change committed meanwhile moves the version, so the entry is at worst newer than its stamp.
  const stamp = await stampOf(db, p.billingAccountId);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) {
    cache.delete(key);
    cache.set(key, hit);
    previewStats.reused++;
    return structuredClone(hit.preview); // callers may change what they get; the kept one must not move
  }
  const preview = await previewAccountBill(db, p);
  previewStats.computed++;
  cache.set(key, { stamp, preview: structuredClone(preview) });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return preview;
}
