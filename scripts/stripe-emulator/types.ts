// Shapes of the stored Stripe objects: only the fields the portal reads, named as in the Stripe API.
export type Metadata = Record<string, string>;

export type Card = { brand: string; last4: string; exp_month: number; exp_year: number };

type Base = { id: string; created: number; livemode: false };

export type Customer = Base & {
  object: "customer";
  email: string | null;
  name: string | null;
  metadata: Metadata;
  invoice_settings: { default_payment_method: string | null };
};

export type PaymentMethod = Base & { object: "payment_method"; type: "card"; customer: string | null; card: Card; metadata: Metadata };

export type PaymentError = { type: "card_error"; code: "card_declined"; decline_code: string; message: string };

export type PaymentIntent = Base & {
  object: "payment_intent";
  amount: number;
  amount_received: number;
  currency: string;
  status: "succeeded" | "requires_payment_method";
  metadata: Metadata;
  customer: string | null;
  payment_method: string | null;
  latest_charge: string | null;
  last_payment_error: PaymentError | null;
  setup_future_usage: string | null;
};

export type Charge = Base & {
  object: "charge";
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  refunded: boolean;
  captured: boolean;
  currency: string;
  customer: string | null;
  payment_intent: string;
  payment_method: string;
  status: "succeeded" | "failed";
  paid: boolean;
  payment_method_details: { type: "card"; card: Card };
  metadata: Metadata;
};

export type Refund = Base & {
  object: "refund";
  amount: number;
  charge: string;
  currency: string;
  payment_intent: string;
  reason: string | null;
  status: "succeeded";
  metadata: Metadata;
};

export type SetupIntent = Base & {
  object: "setup_intent";
  status: "succeeded" | "requires_payment_method";
  customer: string | null;
  payment_method: string | null;
  usage: "off_session";
  metadata: Metadata;
};

export type CheckoutSession = Base & {
  object: "checkout.session";
  url: string | null;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid" | "no_payment_required";
  amount_total: number | null;
  currency: string | null;
  mode: "payment" | "setup";
  metadata: Metadata;
  client_reference_id: string | null;
  customer: string | null;
  customer_email: string | null;
  payment_intent: string | null;
  setup_intent: string | null;
  success_url: string;
  cancel_url: string | null;
  expires_at: number;
  locale: string | null;
};

export type StripeObject = Customer | PaymentMethod | PaymentIntent | Charge | Refund | SetupIntent | CheckoutSession;

// What a hosted session needs that Stripe keeps server-side and never returns.
export type SessionPrivate = {
  productName: string | null;
  paymentIntentMetadata: Metadata;
  setupFutureUsage: string | null;
  setupIntentMetadata: Metadata;
};
