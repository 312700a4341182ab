import { afterEach, describe, expect, it, vi } from "vitest";
import { locales } from "~/server/lib/locales";
import { notificationKinds, type NotificationData, type NotificationKind } from "./kinds";
import { renderEmail, renderNotification, templates } from "./render";

// One sample per kind: a new kind without a sample does not compile.
const samples: { [K in NotificationKind]: NotificationData[K] } = {
  "account.profile-updated": { fields: "name, phone" },
  "service.status-changed": { service: "+420 777 123 456", status: "suspended" },
  "bill.issued": { period: "10/2026", amount: "€42.00" },
  "payment.received": { amount: "€42.00" },
  "payment.autopay": { amount: "€42.00", date: "15 Dec 2026", outcome: "failed" },
  "order.updated": { order: "O-1001", stage: "shipped" },
  "ticket.updated": { ticket: "T-77", status: "resolved" },
  "usage.threshold": { service: "+420 777 123 456", percent: 80 },
  "usage.roaming": { service: "+420 777 123 456" },
  "bill.overdue": { bill: "BA-100001/2026-10", amount: "1 234.50 CZK", step: 2 },
  "service.suspended": { account: "BA-100001", services: "+420 601 234 567 (roaming, premium numbers)" },
  "service.restored": { account: "BA-100001", services: "+420 601 234 567" },
};

/** Argument names in an ICU message: a `{` at even depth opens an argument, at odd depth a select/plural option. */
function placeholders(message: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth % 2 === 0) names.push(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return names.sort();
}
// Values the template translates through `select` rather than showing verbatim.
const translated: Partial<Record<NotificationKind, string[]>> = {
  "service.status-changed": ["status"],
  "ticket.updated": ["status"],
  "payment.autopay": ["outcome"],
};
const unreplaced = /\{\s*\w+\s*(,[^}]*)?\}/;

afterEach(() => vi.restoreAllMocks());

describe("notification templates", () => {
  it("the four catalogues have exactly the same kinds, and those are all the kinds there are", () => {
    for (const locale of locales) expect(Object.keys(templates[locale].kinds).sort(), locale).toEqual([...notificationKinds].sort());
  });

  it.each(locales)("%s: every template uses only placeholders its kind supplies", (locale) => {
    for (const kind of notificationKinds) {
      const supplied = Object.keys(samples[kind]);
      const { title, body } = templates[locale].kinds[kind];
      for (const name of [...placeholders(title), ...placeholders(body)]) expect(supplied, `${locale} ${kind}: {${name}}`).toContain(name);
    }
  });

  it.each(locales)("%s: every kind renders with no placeholder left and no translator error", (locale) => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const kind of notificationKinds) {
      const { title, body } = renderNotification(locale, kind, samples[kind] as never);
      expect(title, `${locale} ${kind} title`).not.toMatch(unreplaced);
      expect(body, `${locale} ${kind} body`).not.toMatch(unreplaced);
      expect(title.trim().length).toBeGreaterThan(1);
      expect(body.trim().length).toBeGreaterThan(1);
      for (const [key, value] of Object.entries(samples[kind])) {
        if (!translated[kind]?.includes(key)) expect(title + body, `${locale} ${kind} shows ${value}`).toContain(String(value));
      }
    }
    expect(errors).not.toHaveBeenCalled();
  });

  it.each(locales)("%s: the e-mail has the title as subject, the link to the portal and the settings footer", (locale) => {
    const mail = renderEmail(locale, "bill.issued", samples["bill.issued"], "https://portal.example", "/bills/1");
    expect(mail.subject).toBe(renderNotification(locale, "bill.issued", samples["bill.issued"]).title);
    expect(mail.text).toContain("https://portal.example/bills/1");
    expect(mail.text).toContain("https://portal.example/settings/notifications");
    expect(mail.text).not.toMatch(unreplaced);
  });

  it("an e-mail without a link has no 'open in the portal' line", () => {
    const mail = renderEmail("en", "payment.received", samples["payment.received"], "https://portal.example", null);
    expect(mail.text).not.toContain("Open in the portal");
  });

  it("values are inserted verbatim, not interpreted as markup or further placeholders", () => {
    const { body } = renderNotification("en", "account.profile-updated", { fields: "<b>{fields}</b>" });
    expect(body).toContain("<b>{fields}</b>");
  });

  it("the same notice differs per language", () => {
    const titles = locales.map((l) => renderNotification(l, "payment.received", samples["payment.received"]).title);
    expect(new Set(titles).size).toBe(locales.length);
  });
});
