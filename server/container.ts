// Composition root: the one place that decides which implementations run.
import { getDb, type Db } from "~/server/db/client";
import type { BillingEvent } from "~/server/gateways/billing/billing-events";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import { createPostgresBillingFeed } from "~/server/gateways/billing/postgres-billing-feed";
import { createPostgresBillingGateway } from "~/server/gateways/billing/postgres-billing-gateway";
import type { EventOutbox } from "~/server/gateways/events";
import type { FulfilmentEvent } from "~/server/gateways/fulfilment/fulfilment-events";
import type { FulfilmentGateway } from "~/server/gateways/fulfilment/fulfilment-gateway";
import { createPostgresFulfilmentFeed, createPostgresFulfilmentGateway } from "~/server/gateways/fulfilment/postgres-fulfilment-gateway";
import { createPostgresRepairFeed } from "~/server/gateways/repair/postgres-repair-feed";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import type { RepairEvent } from "~/server/gateways/repair/repair-events";
import type { RepairGateway } from "~/server/gateways/repair/repair-gateway";
import type Stripe from "stripe";
import { rateLimitsFromEnv, type RateLimits } from "~/server/auth/rate-limit";
import { env } from "~/server/env";
import { systemClock, type Clock } from "~/server/lib/clock";
import { createStripe, isTestMode } from "~/server/lib/stripe";
import type { BlobStore } from "~/server/storage/blob-store";
import { createPostgresBlobStore } from "~/server/storage/postgres-blob-store";

/** Card payments: the Stripe client (null when none is configured) and the secret its webhooks are signed with. */
export type CardPayments = { stripe: Stripe | null; webhookSecret: string | null; appUrl: string };

export type Deps = {
  db: Db;
  clock: Clock;
  repair: RepairGateway;
  billing: BillingGateway;
  fulfilment: FulfilmentGateway;
  blobs: BlobStore;
  cards: CardPayments;
  /** Calls of expensive work a minute (env by default; tests pass their own). */
  limits: RateLimits;
};

export const cardPaymentsFromEnv = (): CardPayments => ({
  stripe: createStripe({ secretKey: env.STRIPE_SECRET_KEY, emulatorUrl: env.STRIPE_EMULATOR_URL }),
  webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? null,
  appUrl: env.APP_URL,
});

/** What customers are told of card payments: off (neither a key nor the emulator), test (the emulator or a test key), live. */
export function cardPaymentsMode(): "off" | "test" | "live" {
  if (!env.STRIPE_SECRET_KEY && !env.STRIPE_EMULATOR_URL) return "off";
  return isTestMode({ secretKey: env.STRIPE_SECRET_KEY }) ? "test" : "live";
}

/** The built-in systems on one database (tests and the worker build theirs with their own client). */
export function depsFor(
  db: Db,
  clock: Clock = systemClock,
  cards: CardPayments = cardPaymentsFromEnv(),
  limits: RateLimits = rateLimitsFromEnv(),
): Deps {
  return {
    db,
    clock,
    cards,
    limits,
    repair: createPostgresRepairGateway(db),
    billing: createPostgresBillingGateway(db, clock),
    fulfilment: createPostgresFulfilmentGateway(db, {
      configurationSeconds: env.ORDER_CONFIGURATION_SECONDS,
      activationSeconds: env.ORDER_ACTIVATION_SECONDS,
    }),
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

/** The built-in fulfilment system's event feed (the worker relays it; tests drain it). */
export const fulfilmentFeedFor = (db: Db): EventOutbox<FulfilmentEvent> => createPostgresFulfilmentFeed(db);
