// CLI: `npx tsx scripts/stripe-emulator/main.ts`, configured from the environment like the app's other dev services.
import { startStripeEmulator } from "./emulator";

async function main(): Promise<void> {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET (whsec_...) is required: the emulator signs every webhook with it.");
  const emulator = await startStripeEmulator({
    port: Number(process.env.STRIPE_EMULATOR_PORT ?? 0),
    webhookUrl: process.env.STRIPE_WEBHOOK_URL || undefined,
    webhookSecret: secret,
    stateFile: process.env.STRIPE_EMULATOR_STATE || undefined,
  });
  const webhooks = process.env.STRIPE_WEBHOOK_URL ? `webhooks to ${process.env.STRIPE_WEBHOOK_URL}` : "no webhook delivery";
  console.log(`Stripe emulator listening on ${emulator.url} (${webhooks})`);
  const shutdown = () => void emulator.stop().then(() => process.exit(0));
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
