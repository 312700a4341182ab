// The hosted checkout page: plain, accessible HTML with inline CSS and no scripts.
// The form has no action so it posts back to wherever it was served from (publicUrl may be a proxy with a path).
import type { CheckoutSession } from "./types";

export type FormErrors = Partial<Record<"number" | "expiry" | "cvc" | "name", string>>;
export type FormValues = { number?: string; expiry?: string; name?: string };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

// "CZK 1,234.00": amounts are in minor units; zero-decimal currencies (JPY...) are not needed by the portal.
export function formatAmount(amount: number, currency: string): string {
  const major = (amount / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${currency.toUpperCase()} ${major}`;
}

const css = `body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.note{background:#fff4d6;border:1px solid #b58100;padding:.5rem;border-radius:4px}
label{display:block;margin-top:1rem;font-weight:600}
input{display:block;width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box;border:1px solid #555;border-radius:4px}
input[aria-invalid=true]{border-color:#b00020}
.field-error,.alert{color:#b00020}
.alert{border:1px solid #b00020;padding:.5rem;border-radius:4px}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b5cad;color:#fff;border:0;border-radius:4px}
a{color:#0b5cad}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${css}</style></head>
<body><main>${body}</main></body></html>`;
}

function field(id: keyof FormErrors, label: string, attrs: string, value: string | undefined, errors: FormErrors): string {
  const error = errors[id];
  const described = error ? ` aria-invalid="true" aria-describedby="${id}-error"` : "";
  const valueAttr = value ? ` value="${escape(value)}"` : "";
  return `<label for="${id}">${label}</label>
<input id="${id}" name="${id}" ${attrs} required${valueAttr}${described}>
${error ? `<p id="${id}-error" class="field-error">${escape(error)}</p>` : ""}`;
}

export function heading(session: CheckoutSession): string {
  return session.mode === "setup" ? "Save a card" : `Pay ${formatAmount(session.amount_total ?? 0, session.currency ?? "usd")}`;
}

export function checkoutForm(
  session: CheckoutSession,
  productName: string | null,
  opts: { alert?: string; errors?: FormErrors; values?: FormValues },
): string {
  const errors = opts.errors ?? {};
  const values = opts.values ?? {};
  const title = heading(session);
  const cancel = session.cancel_url ? `<p><a href="${escape(session.cancel_url)}">Cancel</a></p>` : "";
  const product = productName ? `<p>${escape(productName)}</p>` : "";
  const alert = opts.alert ? `<p role="alert" class="alert">${escape(opts.alert)}</p>` : "";
  const summary = Object.keys(errors).length ? `<p role="alert" class="alert">Please correct the highlighted fields.</p>` : "";
  return layout(
    title,
    `<h1>${escape(title)}</h1>${product}
<p class="note"><strong>Test mode</strong>: this is a local Stripe emulator. Use 4242 4242 4242 4242; no real card is charged.</p>
${alert}${summary}
<form method="post" novalidate>
${field("number", "Card number", 'inputmode="numeric" autocomplete="cc-number"', values.number, errors)}
${field("expiry", "Expiry (MM / YY)", 'autocomplete="cc-exp" placeholder="MM / YY"', values.expiry, errors)}
${field("cvc", "CVC", 'inputmode="numeric" autocomplete="cc-csc"', undefined, errors)}
${field("name", "Name on card", 'autocomplete="cc-name"', values.name, errors)}
<button type="submit">${session.mode === "setup" ? "Save card" : "Pay"}</button>
</form>
${cancel}`,
  );
}

export function closedPage(session: CheckoutSession): string {
  const expired = session.status === "expired";
  const target = expired ? session.cancel_url : session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
  const text = expired ? "This checkout session has expired." : "This checkout session is already complete.";
  const link = target ? `<p><a href="${escape(target)}">${expired ? "Return to the shop" : "Continue"}</a></p>` : "";
  return layout(text, `<h1>${text}</h1>${link}`);
}

export function notFoundPage(): string {
  return layout("Checkout session not found", "<h1>Checkout session not found</h1>");
}
