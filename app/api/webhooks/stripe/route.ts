import { getDeps } from "~/server/container";
import { plain, routeAnswer } from "~/server/api/http";
import { withByteLimit } from "~/server/lib/byte-limit";
import { paymentsDeps } from "~/server/modules/payments/payment-deps";
import { receiveStripeWebhook } from "~/server/modules/payments/use-cases/stripe-events";

/** Stripe's events are small; anything larger is not one. */
const MAX_EVENT_BYTES = 512 * 1024;

/** Stripe's webhook endpoint: the signature over the raw body is the authentication (no session, no Origin). */
export async function POST(request: Request) {
  const limited = withByteLimit(request, MAX_EVENT_BYTES);
  const body = await limited.request.text().catch(() => null);
  if (body === null) return limited.exceeded() ? plain(413, "too large") : plain(400, "unreadable body");
  return routeAnswer(async () => {
    const { status, body: text } = await receiveStripeWebhook(paymentsDeps(getDeps()), body, request.headers.get("stripe-signature"));
    return plain(status, text);
  });
}
