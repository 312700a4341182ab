// Crash injection for the payment flows: every call across a boundary (Stripe, the billing system, the portal's own
// records) is counted, and the n-th one fails — before it runs (as if the process died just before) or after it ran
// (its effect is done and committed, or its refusal given, and the caller never hears of it, as if the process died
// on the way back).
import type Stripe from "stripe";
import type { PaymentsDeps } from "~/server/modules/payments/payments.service";

export class Crash extends Error {
  constructor(readonly at: string) {
    super(`simulated crash at ${at}`);
  }
}

export type CrashWhen = "before" | "after";

export class FaultPlan {
  /** Boundary calls so far, by name, in order. */
  readonly calls: string[] = [];
  /** Where the crash happened, once it did. */
  fired: string | null = null;

  constructor(
    readonly at = Number.POSITIVE_INFINITY,
    readonly when: CrashWhen = "before",
  ) {}

  wrap<T extends object>(target: T, label: string): T {
    return new Proxy(target, {
      get: (t, key) => {
        const value: unknown = Reflect.get(t, key, t);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const name = `${label}.${String(key)}`;
          this.calls.push(name);
          const crashHere = this.calls.length === this.at && !this.fired;
          if (crashHere && this.when === "before") throw this.fire(name);
          const result: unknown = value.apply(t, args);
          if (!crashHere) return result;
          // Answered either way (a card refused is an answer too): the caller never hears it.
          const lost = () => {
            throw this.fire(name);
          };
          return Promise.resolve(result).then(lost, lost);
        };
      },
    });
  }

  private fire(name: string) {
    this.fired = name;
    return new Crash(`${name} (${this.when})`);
  }

  /** The same Stripe client, its checkout sessions, payment intents and refunds under the plan. */
  stripe(stripe: Stripe): Stripe {
    const checkout = { ...stripe.checkout, sessions: this.wrap(stripe.checkout.sessions, "stripe.checkout.sessions") };
    const paymentIntents = this.wrap(stripe.paymentIntents, "stripe.paymentIntents");
    const refunds = this.wrap(stripe.refunds, "stripe.refunds");
    const parts: Record<string | symbol, unknown> = { checkout, paymentIntents, refunds };
    return new Proxy(stripe, { get: (t, key) => (key in parts ? parts[key] : Reflect.get(t, key, t)) });
  }

  deps(deps: PaymentsDeps): PaymentsDeps {
    const stripe = deps.cards.stripe ? this.stripe(deps.cards.stripe) : null;
    return {
      ...deps,
      billing: this.wrap(deps.billing, "billing"),
      payments: this.wrap(deps.payments, "payments"),
      saved: this.wrap(deps.saved, "saved"),
      cards: { ...deps.cards, stripe },
    };
  }
}

/** The call's result, or the simulated crash it ended in (any other error is a real failure and propagates). */
export async function surviving<T>(call: () => Promise<T>): Promise<T | Crash> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Crash) return error;
    throw error;
  }
}
