// `npm start`: the whole portal on one machine with nothing configured.
// Embedded PostgreSQL (unless DATABASE_URL) → migrate → mail catcher (unless SMTP_URL) → seed (demo mode only)
// → next build (once) → web server + job worker. `--dev` runs `next dev`; `--rebuild` rebuilds.
import { config } from "dotenv";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { demoMode } from "./lib/demo-mode";
import { startLocalStripe } from "./lib/local-stripe";
import { devMailbox, startMailCatcher } from "./lib/mail-catcher";
import { startEmbeddedPostgres } from "./lib/postgres";
import { bin, exitWith, handleShutdown, mustRun, onExit, root, service, shown, stopAll, waitForHttp } from "./lib/processes";

const DEMO_LOGIN = "subscriber@demo.test / demo-pass-2026";

async function main() {
  const args = process.argv.slice(2);
  const dev = args.includes("--dev");
  const rebuild = args.includes("--rebuild");
  config({ path: path.join(root, ".env"), quiet: true });
  const port = Number(process.env.PORT ?? 3000);
  const dataDir = path.join(root, ".data");

  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    await stopAll();
    for (const fn of cleanups.splice(0).reverse()) await fn().catch((err) => console.error(err));
  };
  handleShutdown(cleanup);

  try {
    const demo = demoMode(process.env);
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const started = Date.now();
      await mkdir(dataDir, { recursive: true });
      const pgLog = createWriteStream(path.join(dataDir, "postgres.log"), { flags: "a" });
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, "pg"),
        port: process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined,
        log: (line) => {
          pgLog.write(line + "\n");
          // Our own notes and fatal problems show; the server's routine chatter stays in the log file.
          if (line.startsWith("postgres:") || /\b(FATAL|PANIC):/.test(line)) console.log(line);
        },
      });
      cleanups.push(pg.stop);
      onExit(() => pg.kill("SIGINT")); // if we die without cleaning up, it still shuts down
      void pg.exited.then(() => failed("PostgreSQL stopped unexpectedly"));
      await pg.ensureDatabase("portal");
      databaseUrl = pg.url("portal");
      console.log(`PostgreSQL (embedded) on 127.0.0.1:${pg.port}, data in ${shown(pg.dataDir)}, up in ${Date.now() - started} ms`);
    }
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };

    await mustRun("prisma migrate deploy", bin("prisma"), ["migrate", "deploy"], { env });
    // deploy can exit 0 without applying anything when the schema engine dies; status exits 1 then.
    await mustRun("prisma migrate status (are migrations still pending?)", bin("prisma"), ["migrate", "status"], { env });

    // The seed gets the same environment as the app, in case it loads the app's env schema.
    env.AUTH_SECRET ||= await persistentSecret(path.join(dataDir, "auth-secret"));
    env.CERTIFICATE_SECRET ||= await persistentSecret(path.join(dataDir, "certificate-secret"));
    env.APP_URL ||= `http://localhost:${port}`;
    if (!env.SMTP_URL) {
      const mailbox = devMailbox(databaseUrl);
      const catcher = await startMailCatcher({ onMail: mailbox.onMail });
      cleanups.push(mailbox.close, catcher.stop);
      env.SMTP_URL = catcher.url;
      env.DEV_MAILBOX_KEY ||= await persistentSecret(path.join(dataDir, "dev-mailbox-key"));
      if (demo) env.DEV_MAILBOX = "1";
      else console.log(`SMTP_URL is not set: e-mail is caught locally (${catcher.url}) and not delivered.`);
    }
    const stripe = await startLocalStripe(env, {
      appUrl: env.APP_URL,
      port: Number(process.env.STRIPE_EMULATOR_PORT ?? 12111),
      stateFile: path.join(dataDir, "stripe-emulator.json"),
      webhookSecret: `whsec_${await persistentSecret(path.join(dataDir, "stripe-webhook-secret"))}`,
    });
    if (stripe) cleanups.push(stripe.stop);
    if (demo) await mustRun("seed (prisma/seed/seed.ts)", bin("tsx"), ["prisma/seed/seed.ts"], { env });
    else {
      console.log("External database without DEMO=1: no demo data, no demo accounts.");
      console.log("Create the first staff user with: npm run staff:create -- --email you@example.com --name 'Your Name' --role dispatcher");
    }

    if (!dev) {
      if (rebuild || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
        await mustRun("prisma generate", bin("prisma"), ["generate"], { env });
        await mustRun("next build", bin("next"), ["build"], { env });
      } else {
        console.log("Using the existing build in .next (npm start -- --rebuild after changing code).");
      }
    }

    const services = [
      service("web", bin("next"), [dev ? "dev" : "start", "-p", String(port)], { env }),
      service("worker", bin("tsx"), ["server/jobs/worker.ts"], { env }),
    ];
    for (const s of services) void s.exited.then((code) => failed(`${s.name} exited (code ${code})`));
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, { services, timeoutMs: dev ? 300_000 : 120_000 });

    console.log(`\nPortal ready: ${env.APP_URL}`);
    if (demo) console.log(`Demo login: ${DEMO_LOGIN} (more personas in README.md)`);
    if (stripe) console.log(`Card payments go to the local Stripe emulator (${env.STRIPE_EMULATOR_URL}): test card 4242 4242 4242 4242.`);
    if (env.DEV_MAILBOX) {
      console.log(`Outgoing e-mail is caught locally (${env.SMTP_URL}) and shown in the dev mailbox (${env.APP_URL}/dev/mailbox):`);
      console.log("each person sees their own mail there; everyone's opens with the key in .data/dev-mailbox-key.");
    }
    console.log("Ctrl-C stops everything.\n");
  } catch (err) {
    await failed(err instanceof Error ? err.message : String(err));
  }
}

function failed(reason: string) {
  return exitWith(1, `\nnpm start: ${reason}; stopping.`);
}

async function persistentSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

void main();
