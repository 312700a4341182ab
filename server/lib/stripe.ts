// The one place a Stripe client is made. The same SDK and code talk to Stripe (a secret key is set) or to the
// local emulator (scripts/stripe-emulator), which answers on another host with Stripe's shapes and errors.
import Stripe from "stripe";

export type StripeSettings = { secretKey?: string; emulatorUrl?: string; webhookSecret?: string };

/** null when neither a key nor an emulator is configured: card payments are then unavailable. */
export function createStripe({ secretKey, emulatorUrl }: StripeSettings): Stripe | null {
  // A retry reuses the request's idempotency key, so the SDK's own retries are safe for every call.
  const common = { maxNetworkRetries: 2, timeout: 20_000 };
  if (secretKey) return new Stripe(secretKey, common);
  if (!emulatorUrl) return null;
  const url = new URL(emulatorUrl);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return new Stripe("sk_test_emulator", {
    ...common,
    host: url.hostname,
    port: Number(url.port || (protocol === "https" ? 443 : 80)),
    protocol,
  });
}

/** Test mode: the emulator, or Stripe with a test key. The portal says so on every page. */
export const isTestMode = ({ secretKey }: StripeSettings) => !secretKey || secretKey.startsWith("sk_test_");
