// `npm test`: every level against a fresh PostgreSQL cluster of its own (never the demo .data/pg).
// lint → migrate → vitest (unit + integration) → next build → e2e (Playwright against next start + worker).
// `--only unit|integration|e2e` (comma-separated for several), `--skip-build` (reuse .next), and file filters
// (`npm test -- --only integration bills` runs only test files whose path contains "bills").
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { startLocalStripe } from "./lib/local-stripe";
import { devMailbox, startMailCatcher } from "./lib/mail-catcher";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/postgres";
import { bin, exitWith, handleShutdown, mustRun, onExit, root, service, shown, stopAll, waitForHttp } from "./lib/processes";

const LEVELS = ["unit", "integration", "e2e"] as const;
type Level = (typeof LEVELS)[number];
type Result = { name: string; status: "passed" | "failed" | "skipped"; ms: number; note?: string };

const E2E = "e2e (Playwright)";
const results: Result[] = [];
const cleanups: Array<() => Promise<void>> = [];

async function step(name: string, enabled: boolean | string, fn: () => Promise<void>) {
  if (enabled !== true) {
    results.push({ name, status: "skipped", ms: 0, note: enabled || undefined });
    return;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    await fn();
    results.push({ name, status: "passed", ms: Date.now() - started });
    console.log(`✔ ${name} (${seconds(Date.now() - started)})`);
  } catch (err) {
    results.push({ name, status: "failed", ms: Date.now() - started, note: (err as Error).message });
    console.error(`✘ ${name} (${seconds(Date.now() - started)}): ${(err as Error).message}`);
    throw err;
  }
}

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function parseArgs(argv: string[]) {
  const onlyIndex = argv.indexOf("--only");
  const onlyArg = argv.find((a) => a.startsWith("--only="))?.slice(7) ?? (onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined);
  const only = onlyArg ? onlyArg.split(",") : [...LEVELS];
  const unknown = only.filter((l) => !(LEVELS as readonly string[]).includes(l));
  if (unknown.length || (onlyIndex >= 0 && !onlyArg))
    throw new Error(`--only takes ${LEVELS.join("|")} (comma-separated), not "${onlyArg ?? ""}"`);
  // Anything else is a file filter: vitest runs only matching test files, Playwright only matching specs.
  const filters = argv.filter((a, i) => !a.startsWith("--") && !(onlyIndex >= 0 && i === onlyIndex + 1));
  return { levels: new Set(only as Level[]), skipBuild: argv.includes("--skip-build"), filters };
}

async function migrate(env: NodeJS.ProcessEnv) {
  await mustRun("prisma migrate deploy", bin("prisma"), ["migrate", "deploy"], { env });
  // deploy can exit 0 without applying anything when the schema engine dies; status exits 1 then.
  await mustRun("prisma migrate status (are migrations still pending?)", bin("prisma"), ["migrate", "status"], { env });
}

async function main() {
  const started = Date.now();
  const { levels, skipBuild, filters } = parseArgs(process.argv.slice(2));
  if (skipBuild && levels.has("e2e") && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("--skip-build: there is no build in .next yet; run once without it");
  }
  const vitestProjects = LEVELS.filter((l) => l !== "e2e" && levels.has(l));
  const dataDir = path.join(root, ".data", `test-pg-${process.pid}`);
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: `test-secret-${randomBytes(16).toString("hex")}`,
    CERTIFICATE_SECRET: `test-certificates-${randomBytes(16).toString("hex")}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let pg: EmbeddedPostgres | undefined;

  await step("start PostgreSQL (fresh cluster)", true, async () => {
    pg = await startEmbeddedPostgres({ dataDir, fast: true, log: (line) => line.startsWith("postgres:") && console.log(line) });
    const { kill, dataDir: realDir } = pg;
    cleanups.push(async () => {
      await pg?.stop();
      await rm(realDir, { recursive: true, force: true });
    });
    onExit(() => kill("SIGQUIT")); // dying without cleanup: do not leave it running
    await pg.ensureDatabase("portal_test");
    base.DATABASE_URL = pg.url("portal_test");
    console.log(`PostgreSQL on 127.0.0.1:${pg.port}, data in ${shown(realDir)}`);
  });

  await step("prisma generate", vitestProjects.length > 0 || levels.has("e2e") || "not needed", async () => {
    await mustRun("prisma generate", bin("prisma"), ["generate"], { env: base });
  });

  // Formatting, lint rules and types: on a full run (a filtered run is for iterating on one thing).
  const fullRun = levels.size === LEVELS.length && filters.length === 0;
  await step("lint (Prettier, ESLint, tsc)", fullRun || "only on a full run", async () => {
    await mustRun("prettier --check", bin("prettier"), ["--check", "--log-level", "warn", "."], { env: base });
    await mustRun("eslint", bin("eslint"), ["."], { env: base });
    await mustRun("tsc --noEmit", bin("tsc"), ["--noEmit"], { env: base });
  });

  // The build gets a migrated database too, in case a page is rendered at build time.
  await step("migrate portal_test", levels.has("integration") || levels.has("e2e") || "not needed", () => migrate(base));

  await step(`vitest (${vitestProjects.join(" + ") || "unit + integration"})`, vitestProjects.length > 0 || "not selected", async () => {
    const projects = vitestProjects.length === 2 ? [] : vitestProjects.flatMap((p) => ["--project", p]);
    await mustRun("vitest", bin("vitest"), ["run", ...projects, ...filters], { env: base });
  });

  const buildReason = !levels.has("e2e") ? "only needed for e2e" : skipBuild ? "--skip-build" : true;
  await step("next build", buildReason, async () => {
    await mustRun("next build", bin("next"), ["build"], { env: base });
  });

  await step(E2E, levels.has("e2e") || "not selected", async () => {
    await pg!.ensureDatabase("portal_e2e");
    const env: NodeJS.ProcessEnv = { ...base, DATABASE_URL: pg!.url("portal_e2e") };
    await migrate(env);
    const mailbox = devMailbox(env.DATABASE_URL!);
    const catcher = await startMailCatcher({ onMail: mailbox.onMail });
    cleanups.push(mailbox.close, catcher.stop);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    Object.assign(env, { SMTP_URL: catcher.url, DEV_MAILBOX: "1", APP_URL: baseUrl, PORT: String(port) });
    env.DEV_MAILBOX_KEY = `test-mailbox-${randomBytes(16).toString("hex")}`; // e2e reads anyone's mail with it
    const stripe = await startLocalStripe(env, { appUrl: baseUrl, port: 0 });
    if (stripe) cleanups.push(stripe.stop);
    await mustRun("seed (prisma/seed/seed.ts)", bin("tsx"), ["prisma/seed/seed.ts"], { env });

    const services = [
      service("web", bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { env }),
      service("worker", bin("tsx"), ["server/jobs/worker.ts"], { env }),
    ];
    await waitForHttp(`${baseUrl}/api/health`, { services, timeoutMs: 60_000 });
    let died: string | undefined;
    for (const s of services) void s.exited.then((code) => (died ??= `${s.name} exited (code ${code}) during the run`));
    await mustRun("playwright test", bin("playwright"), ["test", ...(filters.length ? [...filters, "auth.setup"] : [])], {
      env: { ...env, E2E_BASE_URL: baseUrl },
    });
    if (died) throw new Error(died);
  });

  return Date.now() - started;
}

function summary(totalMs: number, ok: boolean) {
  console.log("\nnpm test summary");
  for (const r of results) {
    const mark = { passed: "✔", failed: "✘", skipped: "–" }[r.status];
    console.log(
      `  ${mark} ${r.name.padEnd(34)} ${r.status === "skipped" ? "skipped" : seconds(r.ms).padStart(8)}` +
        (r.note && r.status === "skipped" ? ` (${r.note})` : ""),
    );
  }
  const failed = results.find((r) => r.status === "failed");
  if (failed && failed.name !== E2E) console.log("  (the steps after it did not run)");
  if (ok) console.log(`npm test: all steps passed in ${seconds(totalMs)}`);
  else console.log(`npm test: FAILED${failed ? ` at "${failed.name}"` : ""} after ${seconds(totalMs)}`);
}

async function cleanup() {
  await stopAll();
  for (const fn of cleanups.splice(0).reverse()) await fn().catch((err) => console.error(err));
}

const t0 = Date.now();
handleShutdown(cleanup);
main()
  .then(async (ms) => {
    await cleanup();
    summary(ms, true);
    await exitWith(0);
  })
  .catch(async (err) => {
    if (!results.some((r) => r.status === "failed")) console.error(`npm test: ${(err as Error).message ?? err}`);
    await cleanup();
    summary(Date.now() - t0, false);
    await exitWith(1);
  });
