import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations, goToArea } from "../helpers";

// Read-only: the seeded BigCorp history has a breach this month (and an open breached ticket), so
// desktop and mobile can both run it against one database.
test("the SLA client sees this month's breach, a breached ticket, and downloads the CSV and the PDF", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await as(browser, "sla");
  await page.goto("/dashboard");
  await goToArea(page, "SLA");
  await expect(page.getByRole("heading", { level: 1, name: "SLA dashboard" })).toBeVisible();

  const breaches = page.getByRole("region", { name: "Resolution targets missed" });
  await expect(breaches).toBeVisible();
  expect(Number(await breaches.locator(".sla-kpi-value").textContent())).toBeGreaterThanOrEqual(1);

  const open = page.getByRole("table", { name: "Open faults with their SLA clocks as of now" });
  await expect(open.getByRole("row").filter({ hasText: "Leased line Ostrava–Prague" }).getByText("Breached")).toBeVisible();
  await expect(page.getByRole("table", { name: /Availability of each service/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Service credits earned/ })).toBeVisible();
  await expectNoSeriousViolations(page);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^sla-tickets-\d{4}-\d{2}\.csv$/);
  const text = (await readFile((await csv.path())!)).toString("utf8");
  const lines = text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe(
    "Ticket,Service,Priority,Opened,Answered,Resolved,Answer target met,Fix target met,Breach,Working minutes to resolve",
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).some((l) => l.includes("LL-OSTR-0003") && l.includes(",yes,"))).toBe(true);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Monthly report (PDF)" }).click()]);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // A month not reported yet falls back to the current one.
  await page.goto("/sla?month=2099-01");
  await expect(page).toHaveURL(/\/sla$/);
  await expect(page.getByRole("heading", { level: 1, name: "SLA dashboard" })).toBeVisible();
});

test("a standard-tier subscriber is told the SLA report is not part of her service", async ({ browser }) => {
  const page = await as(browser, "subscriber");
  await page.goto("/sla");
  await expect(page.getByText(/SLA reports are for owners and administrators/)).toBeVisible();
  const response = await page.request.get("/api/sla/tickets.csv?month=2026-01");
  expect(response.status()).toBe(403);
  expect((await page.request.get("/api/sla/report.pdf?month=nonsense")).status()).toBe(404);
});
