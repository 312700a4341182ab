// The only reader of process.env. Everything else imports `env`.
import { z } from "zod";
import { isValidBic, isValidIban } from "./lib/spayd";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL (npm start sets one up)" }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Optional here so tools (seed, generator, worker) run without it; the web server refuses to start without it.
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET must be at least 32 characters (npm start generates one)" }).optional(),
  // Its own key, so rotating AUTH_SECRET (to end every session) does not void the certificates already handed out.
  CERTIFICATE_SECRET: z
    .string()
    .min(32, { message: "CERTIFICATE_SECRET must be at least 32 characters (npm start generates one)" })
    .optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Operator Self-Care <no-reply@operator.test>"),
  DEV_MAILBOX: flag,
  // Opens the dev mailbox's view of everyone's mail (npm start keeps one in .data/dev-mailbox-key); without it each
  // signed-in person sees only what was sent to them.
  DEV_MAILBOX_KEY: z.string().min(32, { message: "DEV_MAILBOX_KEY must be at least 32 characters" }).optional(),
  // Seed the demo world into an external database too (the embedded default always has it).
  DEMO: flag,
  // The account customers pay bills into (payment instructions and the QR payment code); the defaults are a demo account.
  OPERATOR_IBAN: z
    .string()
    .default("CZ65 0800 0000 1920 0014 5399")
    .transform((v) => v.replace(/\s+/g, "").toUpperCase())
    .refine(isValidIban, { message: "OPERATOR_IBAN must be a valid IBAN (its check digits do not match)" }),
  OPERATOR_BIC: z
    .string()
    .default("GIBACZPX")
    .transform((v) => v.trim().toUpperCase())
    .refine((v) => v === "" || isValidBic(v), { message: "OPERATOR_BIC must be a BIC of 8 or 11 characters, or empty" }),
  // The supplier as bills (tax documents) name it; the defaults are a demo operator.
  OPERATOR_NAME: z.string().trim().min(1).default("My Operator a.s."),
  OPERATOR_ADDRESS: z.string().trim().min(1).default("Vinohradská 2828/151, 130 00 Praha 3, Czech Republic"),
  OPERATOR_COMPANY_ID: z.string().trim().default("12345678"),
  OPERATOR_VAT_ID: z.string().trim().default("CZ12345678"),
  // TM Forum's OpenAPI documents the /tmf-api facades implement and serve (Apache 2.0, published by TM Forum): read
  // from beside the project rather than copied into it.
  TMF_SPECS_DIR: z.string().trim().min(1).default("../shared/tmf-specs"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Expensive calls (PDFs, CSV exports, usage summaries) a minute per person, and per address. */
  EXPENSIVE_CALLS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  EXPENSIVE_CALLS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).default(240),
  /** The built-in fulfilment system's milestone timings: seconds by default, so a plan change completes within a minute. */
  ORDER_CONFIGURATION_SECONDS: z.coerce.number().int().min(0).default(5),
  ORDER_ACTIVATION_SECONDS: z.coerce.number().int().min(0).default(10),
  // Card payments. With a secret key the portal talks to Stripe; without one, to the local emulator at
  // STRIPE_EMULATOR_URL (npm start and npm test run it) and shows "Test mode".
  STRIPE_SECRET_KEY: z.string().startsWith("sk_", { message: "STRIPE_SECRET_KEY must be a Stripe secret key (sk_…)" }).optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .startsWith("whsec_", { message: "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)" })
    .optional(),
  STRIPE_EMULATOR_URL: z.string().url().optional(),
  // Addresses of our own reverse proxies: only the X-Forwarded-For entries they appended are believed.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
});

export type Env = z.infer<typeof schema>;

function parse<T>(result: z.ZodSafeParseResult<T>): T {
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return result.data;
}

const load = (): Env => parse(schema.safeParse(process.env));

/**
 * For next.config.js: every setting that is given must be valid, so a bad one fails `next build` (and
 * `next start`) instead of the first request. DATABASE_URL may be missing: pages are collected without one.
 */
export function assertValidEnv(source: Record<string, string | undefined> = process.env): void {
  parse(schema.extend({ DATABASE_URL: schema.shape.DATABASE_URL.optional() }).safeParse(source));
}

export function authSecret(): string {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set (npm start generates one into .data/auth-secret)");
  return secret;
}

/** The key of the no-debt certificates' verification codes. */
export function certificateSecret(): string {
  const secret = env.CERTIFICATE_SECRET;
  if (!secret) throw new Error("CERTIFICATE_SECRET is not set (npm start generates one into .data/certificate-secret)");
  return secret;
}

let cached: Env | undefined;
/** Parsed lazily so `next build` can collect pages without a database. */
export const env = new Proxy({} as Env, {
  get: (_, key: string) => (cached ??= load())[key as keyof Env],
});
