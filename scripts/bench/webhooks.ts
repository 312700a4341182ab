// `npm run bench:webhooks [-- --payments 1000 --copies 10 --concurrency 50 --keep]` (`--events N`: N/2 payments)
// A fresh database (beside DATABASE_URL's, or an embedded cluster when none is set): migrate, bills from the standard
// dataset, card payments through the router and the Stripe emulator's hosted form (its own webhooks off), then their
// signed events delivered 10 times each, shuffled, 50 at once, among 5 % forged and 5 % stale ones, to
// receiveStripeWebhook over HTTP. Checks each payment was booked once; figures against a baseline of the same HTTP
// requests answered by one primary-key SELECT, measured in the same run. Exits 1 when a check fails.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { startStripeEmulator } from "~/scripts/stripe-emulator/emulator";
import { depsFor, type CardPayments } from "~/server/container";
import { createDb } from "~/server/db/client";
import { systemClock } from "~/server/lib/clock";
import { createStripe } from "~/server/lib/stripe";
import { paymentsDeps } from "~/server/modules/payments/payment-deps";
import { openBenchDatabase } from "./bench-database";
import { deliver, deliveryPlan, quantile, startReceiver, type Outcome } from "./webhooks-delivery";
import { ledgerChecks } from "./webhooks-checks";
import { collectEvents, issuePayableBills, lastMonth, payBills } from "./webhooks-world";

const SECRET = "whsec_bench_webhook_secret_0123456789";
/** The portal's default DATABASE_POOL_MAX: deliveries queue for connections as they would in production. */
const POOL = 10;
const seconds = (from: number) => (performance.now() - from) / 1000;
const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const int = (n: number | bigint) => n.toLocaleString("en-US");
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

function options() {
  const { values } = parseArgs({
    options: {
      payments: { type: "string", default: "1000" },
      events: { type: "string" },
      copies: { type: "string", default: "10" },
      concurrency: { type: "string", default: "50" },
      keep: { type: "boolean", default: false },
    },
  });
  const payments = values.events ? Math.ceil(Number(values.events) / 2) : Number(values.payments);
  const o = { payments, copies: Number(values.copies), concurrency: Number(values.concurrency), keep: values.keep };
  for (const [name, n] of Object.entries(o))
    if (typeof n === "number" && !(Number.isInteger(n) && n > 0)) throw new Error(`--${name} must be a positive integer`);
  return o;
}

const count = (outcomes: Outcome[], test: (o: Outcome) => boolean) => outcomes.filter(test).length;

async function main() {
  const o = options();
  const started = performance.now();
  let t = performance.now();
  const database = await openBenchDatabase(`webhooks_bench_${process.pid}`, o.keep);
  // server/env reads this lazily: set before the first use, so nothing of the portal's can reach another database.
  process.env.DATABASE_URL = database.url;
  console.log(`load average ${load()} · ${database.where}`);
  console.log(`database + migrate     ${fmt(seconds(t))} s`);
  const emulator = await startStripeEmulator({ webhookSecret: SECRET }); // no webhookUrl: the bench delivers
  const cards: CardPayments = { stripe: createStripe({ emulatorUrl: emulator.url }), webhookSecret: SECRET, appUrl: "http://portal.bench" };
  const db = createDb(database.url, POOL);
  const failures: string[] = [];
  const receiver = await startReceiver(paymentsDeps(depsFor(db, systemClock, cards)), db);
  try {
    t = performance.now();
    const period = lastMonth(new Date());
    const bills = await issuePayableBills(db, database.url, o.payments, period);
    console.log(`dataset + bill run     ${fmt(seconds(t))} s  (${int(bills.length)} payable ${period} bills)`);
    t = performance.now();
    await payBills(db, cards, bills);
    console.log(`checkouts paid         ${fmt(seconds(t))} s  (payments.start → hosted form, card 4242 4242 4242 4242)`);
    t = performance.now();
    const events = await collectEvents(db, emulator.url);
    console.log(
      `events built           ${fmt(seconds(t))} s  (${int(events.length)}: checkout.session.completed + payment_intent.succeeded)`,
    );

    const plan = deliveryPlan(events, o.copies, 0.05, 0.05, 42);
    const run = await deliver(`${receiver.url}/webhook`, plan, o.concurrency, SECRET);
    const base = await deliver(`${receiver.url}/baseline`, plan, o.concurrency, SECRET);
    const { outcomes } = run;
    const ms = outcomes.map((x) => x.ms);
    const good = count(outcomes, (x) => x.kind === "good");
    const goodOk = count(outcomes, (x) => x.kind === "good" && x.status === 200);
    const bad = count(outcomes, (x) => x.kind === "bad");
    const badRejected = count(outcomes, (x) => x.kind === "bad" && x.status === 400);
    const stale = count(outcomes, (x) => x.kind === "stale");
    const staleRejected = count(outcomes, (x) => x.kind === "stale" && x.status === 400);
    const serverErrors = count(outcomes, (x) => x.status >= 500);
    const applied = count(outcomes, (x) => x.body === "applied");
    const replays = count(outcomes, (x) => x.body === "already applied");
    const ignored = count(outcomes, (x) => x.body === "ignored");

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const ledger = await ledgerChecks(client).finally(() => client.end());

    console.log(`\npayments               ${int(o.payments)}`);
    console.log(`events                 ${int(events.length)}`);
    console.log(
      `deliveries             ${int(plan.length)}  (${int(good)} signed: ${o.copies} of each event · ${int(bad)} bad signature · ` +
        `${int(stale)} stale timestamp) · ${o.concurrency} concurrent`,
    );
    const answers = `applied ${int(applied)}, already applied ${int(replays)}, ignored ${int(ignored)}`;
    console.log(`answered 200           ${int(goodOk)} of ${int(good)}  (${answers})`);
    // A copy that arrives while the first is still being applied passes the "already applied" check too; it must book nothing.
    if (applied > events.length)
      console.log(`  ${int(applied - events.length)} copies raced the first delivery of their event and were applied again`);
    console.log(`attempts succeeded     ${int(ledger.succeeded)} of ${int(ledger.attempts)}`);
    console.log(
      `ledger postings        ${int(ledger.postings)} payment postings · duplicates ${int(ledger.duplicatesByIntent)} per PaymentIntent ` +
        `reference, ${int(ledger.duplicatesByBill)} per bill · ${int(ledger.missing)} intents unposted`,
    );
    console.log(`bad signature → 400    ${int(badRejected)} of ${int(bad)}`);
    console.log(`stale → 400            ${int(staleRejected)} of ${int(stale)}`);
    console.log(`5xx                    ${int(serverErrors)}`);
    console.log(`throughput             ${int(Math.round(plan.length / run.seconds))} deliveries/s  (${fmt(run.seconds)} s)`);
    console.log(
      `latency                p50 ${fmt(quantile(ms, 0.5))} ms · p95 ${fmt(quantile(ms, 0.95))} ms · p99 ${fmt(quantile(ms, 0.99))} ms`,
    );
    const split = (label: string, test: (x: Outcome) => boolean) => {
      const part = outcomes.filter(test).map((x) => x.ms);
      return `${label} p50 ${fmt(quantile(part, 0.5))} / p95 ${fmt(quantile(part, 0.95))} ms`;
    };
    // The first delivery of an event does the work (the intent fetched from Stripe, two transactions); copies read one row.
    console.log(
      `  by answer            ${split("applied", (x) => x.body === "applied")} · ` +
        `${split("already applied", (x) => x.body === "already applied")} · ${split("400", (x) => x.status === 400)}`,
    );
    const baseMs = base.outcomes.map((x) => x.ms);
    console.log(
      `baseline               ${int(Math.round(plan.length / base.seconds))} requests/s, p50 ${fmt(quantile(baseMs, 0.5))} ms  ` +
        `(the same ${int(plan.length)} requests, same concurrency, answered by one primary-key SELECT of PaymentEvent)`,
    );
    const p50Ratio = quantile(ms, 0.5) / quantile(baseMs, 0.5);
    console.log(`ratio webhooks / baseline  ${fmt(run.seconds / base.seconds, 1)}× the time · p50 ${fmt(p50Ratio, 1)}×`);
    console.log(`whole benchmark        ${fmt(seconds(started))} s  · load average ${load()}`);

    const expect = (what: string, actual: number | bigint, wanted: number | bigint) => {
      if (BigInt(actual) !== BigInt(wanted)) failures.push(`${what}: ${actual}, expected ${wanted}`);
    };
    expect("attempts succeeded", ledger.succeeded, o.payments);
    expect("payment postings", ledger.postings, o.payments);
    expect("duplicate postings per PaymentIntent", ledger.duplicatesByIntent, 0);
    expect("duplicate postings per bill", ledger.duplicatesByBill, 0);
    expect("PaymentIntents without a posting", ledger.missing, 0);
    expect("Σ payments posted − Σ attempts", ledger.cashMinor - ledger.attemptedMinor, 0);
    expect("bills still owing", ledger.billsOwing, 0);
    expect("payment.received notices", ledger.notices, o.payments);
    expect("events recorded", ledger.events, events.length);
    expect("signed deliveries answered 200", goodOk, good);
    expect("signed deliveries ignored (not ours)", ignored, 0);
    expect("bad signatures rejected with 400", badRejected, bad);
    expect("stale timestamps rejected with 400", staleRejected, stale);
    expect("5xx answers", serverErrors, 0);
    expect(
      "baseline answers other than 200",
      count(base.outcomes, (x) => x.status !== 200),
      0,
    );
    for (const error of receiver.errors) failures.push(`the receiver threw: ${error}`);
  } finally {
    await receiver.stop();
    await emulator.stop();
    await db.$disconnect();
    const kept = await database.close();
    if (kept) console.log(kept);
  }
  console.log(
    failures.length
      ? `\nCHECKS FAILED:\n  ${failures.join("\n  ")}`
      : `\nchecks: every payment booked once (one posting per PaymentIntent and per bill, Σ = Σ attempts, every bill settled), ` +
          `one notice each, every event recorded; forged and stale deliveries 400; no 5xx`,
  );
  if (failures.length) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`bench:webhooks: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
