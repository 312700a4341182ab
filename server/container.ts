// Composition root: the one place that decides which implementations run.
import { getDb, type Db } from "~/server/db/client";
import type { BillingEvent } from "~/server/gateways/billing/billing-events";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import { createPostgresBillingFeed } from "~/server/gateways/billing/postgres-billing-feed";
import { createPostgresBillingGateway } from "~/server/gateways/billing/postgres-billing-gateway";
import type { EventOutbox } from "~/server/gateways/events";
import { createPostgresRepairFeed } from "~/server/gateways/repair/postgres-repair-feed";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import type { RepairEvent } from "~/server/gateways/repair/repair-events";
import type { RepairGateway } from "~/server/gateways/repair/repair-gateway";
import { systemClock, type Clock } from "~/server/lib/clock";
import type { BlobStore } from "~/server/storage/blob-store";
import { createPostgresBlobStore } from "~/server/storage/postgres-blob-store";

export type Deps = { db: Db; clock: Clock; repair: RepairGateway; billing: BillingGateway; blobs: BlobStore };

/** The built-in systems on one database (tests and the worker build theirs with their own client). */
export function depsFor(db: Db, clock: Clock = systemClock): Deps {
  return {
    db,
    clock,
    repair: createPostgresRepairGateway(db),
    billing: createPostgresBillingGateway(db, clock),
    blobs: createPostgresBlobStore(db),
  };
}

let deps: Deps | undefined;
export function getDeps(): Deps {
  return (deps ??= depsFor(getDb()));
}

/** The built-in billing system's event feed (the worker relays it; the bill cycle drains it after a run). */
export const billingFeedFor = (db: Db): EventOutbox<BillingEvent> => createPostgresBillingFeed(db);

/** The built-in repair system's event feed (the worker relays it; tests drain it). */
export const repairFeedFor = (db: Db): EventOutbox<RepairEvent> => createPostgresRepairFeed(db);
