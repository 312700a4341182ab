import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectFitsViewport } from "../layout-check";
import { stateFile, type Persona } from "../personas";
import { expectNoSeriousViolations } from "../helpers";

/** How to reach a route: a path, or a page to start from and the link to follow from it (routes with an id). */
type Visit = { as: Persona | null; path: string; follow?: (page: Page) => Promise<string | null> };
const firstLink = (scope: (page: Page) => ReturnType<Page["locator"]>) => (page: Page) => scope(page).first().getAttribute("href");
const card = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("article")
    .getByRole("link", { name: /^View details/ });

/**
 * Every page of the app (app/**\/page.tsx, route groups left out) with each persona who uses it. A page without an
 * entry fails the first test below; `elsewhere` names the spec that checks a page that needs its own story first.
 */
const routes: Record<string, Visit[] | { elsewhere: string }> = {
  "/": [{ as: "subscriber", path: "/" }],
  "/sign-in": [{ as: null, path: "/sign-in" }],
  "/forgot-password": [{ as: null, path: "/forgot-password" }],
  "/sign-in/email": [{ as: null, path: "/sign-in/email" }],
  "/reset-password/[token]": [{ as: null, path: "/reset-password/not-a-real-link" }],
  "/sign-in/link/[token]": [{ as: null, path: "/sign-in/link/not-a-real-link" }],
  "/profile/security": [{ as: "subscriber", path: "/profile/security" }],
  "/dev/mailbox": [{ as: null, path: "/dev/mailbox" }],
  "/dashboard": [
    { as: "subscriber", path: "/dashboard" },
    { as: "admin", path: "/dashboard" },
    { as: "employee", path: "/dashboard" },
    { as: "fleet", path: "/dashboard" },
    { as: "sla", path: "/dashboard" },
  ],
  "/services": [
    { as: "subscriber", path: "/services" },
    { as: "admin", path: "/services" },
    { as: "fleet", path: "/services" },
  ],
  "/services/[id]": [
    { as: "subscriber", path: "/dashboard", follow: firstLink(card) },
    { as: "sla", path: "/dashboard", follow: firstLink(card) },
  ],
  "/services/[id]/plan": [{ as: "subscriber", path: "/dashboard", follow: async (p) => `${await firstLink(card)(p)}/plan` }],
  "/services/[id]/move": [{ as: "admin", path: "/services", follow: async (p) => `${await firstLink(lines)(p)}/move` }],
  "/enterprise/lines": [{ as: "admin", path: "/enterprise/lines" }],
  "/enterprise/users": [
    { as: "admin", path: "/enterprise/users" },
    { as: "sla", path: "/enterprise/users" },
  ],
  "/enterprise/cost-centres": [
    { as: "admin", path: "/enterprise/cost-centres" },
    { as: "sla", path: "/enterprise/cost-centres" },
  ],
  "/enterprise/cost-centres/[id]": [
    { as: "admin", path: "/enterprise/cost-centres", follow: firstLink((p) => p.getByRole("main").getByRole("table").getByRole("link")) },
  ],
  "/enterprise/profile": [
    { as: "admin", path: "/enterprise/profile" },
    { as: "sla", path: "/enterprise/profile" },
  ],
  "/enterprise/audit": [
    { as: "admin", path: "/enterprise/audit" },
    { as: "sla", path: "/enterprise/audit" },
  ],
  "/invitation/[token]": [{ as: null, path: "/invitation/not-a-real-link" }],
  "/bills": [
    { as: "subscriber", path: "/bills" },
    { as: "admin", path: "/bills" },
    { as: "employee", path: "/bills" },
  ],
  "/bills/[id]": [
    { as: "subscriber", path: "/bills", follow: firstLink(billLinks) },
    { as: "admin", path: "/bills", follow: firstLink(billLinks) },
  ],
  "/bills/overdue": [
    { as: "subscriber", path: "/bills/overdue" },
    { as: "admin", path: "/bills/overdue" },
  ],
  "/statements": [{ as: "subscriber", path: "/statements" }],
  "/payments": [{ as: "subscriber", path: "/payments" }],
  "/payment-methods": [{ as: "subscriber", path: "/payment-methods" }],
  "/usage": [
    { as: "subscriber", path: "/usage" },
    { as: "employee", path: "/usage" },
  ],
  "/usage/records": [{ as: "subscriber", path: "/usage/records" }],
  "/orders": [{ as: "subscriber", path: "/orders" }],
  "/orders/[id]": { elsewhere: "orders.spec.ts" },
  "/tickets": [
    { as: "subscriber", path: "/tickets" },
    { as: "sla", path: "/tickets" },
  ],
  "/tickets/new": [{ as: "subscriber", path: "/tickets/new" }],
  "/tickets/[id]": [{ as: "sla", path: "/tickets", follow: firstLink(ticketLinks) }],
  "/sla": [{ as: "sla", path: "/sla" }],
  "/notifications": [{ as: "subscriber", path: "/notifications" }],
  "/settings/notifications": [{ as: "subscriber", path: "/settings/notifications" }],
  "/profile": [
    { as: "subscriber", path: "/profile" },
    { as: "dispatcher", path: "/profile" },
  ],
  "/staff": [
    { as: "dispatcher", path: "/staff" },
    { as: "technician", path: "/staff" },
    { as: "agent", path: "/staff" },
  ],
  "/staff/payments": [{ as: "agent", path: "/staff/payments" }],
  "/staff/bank": [{ as: "agent", path: "/staff/bank" }],
  "/staff/customers": [{ as: "agent", path: "/staff/customers" }],
  "/staff/customers/[id]": { elsewhere: "bank-desk.spec.ts" },
  "/staff/tickets/[id]": [{ as: "dispatcher", path: "/staff", follow: firstLink(ticketLinks) }],
};

function lines(page: Page) {
  return page.getByRole("table").getByRole("link").filter({ hasText: /\S/ });
}
function billLinks(page: Page) {
  return page.getByRole("table").getByRole("link", { name: /\d/ });
}
function ticketLinks(page: Page) {
  return page.getByRole("table").getByRole("link", { name: /\d/ });
}

/** The app's routes as the URL shows them: each page.tsx under app/, route groups "(…)" dropped. */
function appRoutes(): string[] {
  const app = path.resolve(__dirname, "../../app");
  return readdirSync(app, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "page.tsx")
    .map((e) => {
      const segments = path
        .relative(app, e.parentPath)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

test("every page of the app has an entry in the accessibility route table", () => {
  expect(Object.keys(routes).sort()).toEqual(appRoutes());
  for (const [route, visit] of Object.entries(routes))
    if (!Array.isArray(visit))
      expect(readSpec(visit.elsewhere), `${route} is checked in ${visit.elsewhere}`).toContain("expectNoSeriousViolations(");
});

const readSpec = (name: string) => readFileSync(path.resolve(__dirname, name), "utf8");

for (const [route, visits] of Object.entries(routes)) {
  if (!Array.isArray(visits)) continue;
  for (const visit of visits) {
    test.describe(`${route} as ${visit.as ?? "a visitor"}`, () => {
      test.use({ storageState: visit.as ? stateFile(visit.as) : { cookies: [], origins: [] } });
      test("has no serious accessibility violations and fits the screen", async ({ page }) => {
        test.slow(); // axe over a company bill of hundreds of lines takes its time on a busy machine
        await page.goto(visit.path);
        if (visit.follow) {
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          const href = await visit.follow(page);
          expect(href, `a link to ${route} on ${visit.path}`).toBeTruthy();
          await page.goto(href!);
        }
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
        await expectFitsViewport(page);
      });
    });
  }
}
