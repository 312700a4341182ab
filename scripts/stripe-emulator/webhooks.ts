// Signed, asynchronous, at-least-once event delivery, with the jitter that makes events arrive out of order like Stripe's.
import Stripe from "stripe";
import { newId } from "./store";
import type { StripeObject } from "./types";

export type DeliveryOptions = { retryBaseMs?: number; maxAttempts?: number; jitterMs?: number };

export type StripeEvent = {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  livemode: false;
  pending_webhooks: number;
  type: string;
  data: { object: StripeObject };
};

export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private stopped = false;
  private readonly retryBaseMs: number;
  private readonly maxAttempts: number;
  private readonly jitterMs: number;

  constructor(
    private readonly url: string | undefined,
    private readonly secret: string,
    private readonly now: () => Date,
    delivery: DeliveryOptions = {},
  ) {
    this.retryBaseMs = delivery.retryBaseMs ?? 500;
    this.maxAttempts = delivery.maxAttempts ?? 8;
    this.jitterMs = delivery.jitterMs ?? 300;
  }

  emit(type: string, object: StripeObject): StripeEvent {
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: Math.floor(this.now().getTime() / 1000),
      livemode: false,
      pending_webhooks: this.url ? 1 : 0,
      type,
      // A snapshot: later changes to the object must not leak into an event that is still waiting to be sent.
      data: { object: structuredClone(object) },
    };
    if (this.url) this.schedule(this.url, JSON.stringify(event), 0);
    return event;
  }

  private schedule(url: string, payload: string, attempt: number): void {
    if (this.stopped || attempt >= this.maxAttempts) return;
    const delay = this.retryBaseMs * 2 ** attempt + Math.random() * this.jitterMs;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(url, payload, attempt);
    }, delay);
    // Never keep a process (or a test run) alive just to deliver a webhook.
    timer.unref();
    this.timers.add(timer);
  }

  private async attempt(url: string, payload: string, attempt: number): Promise<void> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    let ok: boolean;
    try {
      // Signed at send time, as Stripe does: a retry carries a fresh timestamp.
      const header = Stripe.webhooks.generateTestHeaderString({
        payload,
        secret: this.secret,
        timestamp: Math.floor(this.now().getTime() / 1000),
      });
      const timeout = setTimeout(() => controller.abort(), 10_000);
      timeout.unref();
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": header },
        body: payload,
        signal: controller.signal,
      }).finally(() => clearTimeout(timeout));
      await res.arrayBuffer().catch(() => undefined);
      ok = res.ok;
    } catch {
      ok = false;
    } finally {
      this.inFlight.delete(controller);
    }
    if (!ok) this.schedule(url, payload, attempt + 1);
  }

  /** Nothing waiting to be delivered or retried, and nothing on the wire. */
  idle(): boolean {
    return this.timers.size === 0 && this.inFlight.size === 0;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
  }
}
