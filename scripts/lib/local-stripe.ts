// Card payments with nothing configured: without STRIPE_SECRET_KEY, `npm start` and `npm test` run the Stripe
// emulator (scripts/stripe-emulator) in their own process and point the portal at it. The portal's code is the same
// as against Stripe: the real SDK, Checkout redirects and signed webhooks to /api/webhooks/stripe.
import { randomBytes } from "node:crypto";
import { startStripeEmulator } from "../stripe-emulator/emulator";

type Options = {
  /** Where the emulator delivers webhooks: the portal's endpoint. */
  appUrl: string;
  /** A fixed port keeps checkout links of open payments valid across restarts; 0 picks a free one. */
  port: number;
  /** Sessions and payments survive a restart when kept in a file. */
  stateFile?: string;
  /** whsec_…; a fresh one when not given. */
  webhookSecret?: string;
};

/** Starts the emulator and fills in STRIPE_EMULATOR_URL and STRIPE_WEBHOOK_SECRET; null when a real key is set. */
export async function startLocalStripe(env: NodeJS.ProcessEnv, options: Options): Promise<{ stop(): Promise<void> } | null> {
  if (env.STRIPE_SECRET_KEY) return null;
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET || options.webhookSecret || `whsec_${randomBytes(24).toString("base64url")}`;
  const emulator = await startStripeEmulator({
    port: options.port,
    webhookUrl: `${options.appUrl.replace(/\/$/, "")}/api/webhooks/stripe`,
    webhookSecret,
    stateFile: options.stateFile,
  });
  env.STRIPE_EMULATOR_URL = emulator.url;
  env.STRIPE_WEBHOOK_SECRET = webhookSecret;
  return emulator;
}
