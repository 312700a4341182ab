import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { stateFile, type Persona } from "../personas";
import { expectNoSeriousViolations } from "../helpers";

// Read-only: the demo seed's issued bills (latest period October 2026, issued on 1 November).
async function as(browser: Browser, persona: Persona): Promise<Page> {
  const context = await browser.newContext({ storageState: stateFile(persona), acceptDownloads: true });
  return context.newPage();
}

/** Opens the October 2026 bill from the bills list (the one the explanation compares with September). */
async function openLatestBill(page: Page) {
  await page.goto("/bills");
  await expect(page.getByRole("heading", { level: 1, name: "Bills" })).toBeVisible();
  const bills = page.getByRole("table", { name: /^Bills of/ });
  await bills
    .getByRole("row", { name: /October 2026/ })
    .getByRole("link", { name: /^BA-\d+\/\d{4}-\d{2}$/ })
    .click();
  await expect(page).toHaveURL(/\/bills\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Bill \S+/ })).toBeVisible();
}

test("Anna reads her latest bill: four services, why it changed, and the PDF", async ({ browser }) => {
  test.setTimeout(120_000);
  const anna = await as(browser, "subscriber");
  await openLatestBill(anna);

  const services = anna.getByRole("region", { name: "Services" }).getByRole("heading", { level: 3 });
  await expect(services).toHaveCount(4);
  for (const name of [/Mobile/, /Fixed voice/, /Broadband.*BB-PRG-004512/, /TV.*SC-7731-0042/]) {
    await expect(services.filter({ hasText: name })).toHaveCount(1);
  }
  await expect(
    anna.getByRole("table", { name: /^Charges for Broadband BB-PRG-004512/ }).getByRole("row", { name: /Subtotal/ }),
  ).toBeVisible();

  const explanation = anna.getByRole("region", { name: "Why is this bill different from the last one?" });
  await expect(explanation.getByText(/^This bill (is .+ (more|less) than|comes to the same as) the September 2026 bill\.$/)).toBeVisible();

  const [pdf] = await Promise.all([anna.waitForEvent("download"), anna.getByRole("link", { name: "Download PDF" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");

  await expectNoSeriousViolations(anna);
});

test("the enterprise admin splits a bill by cost centre and downloads the CSV", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await as(browser, "admin");
  await openLatestBill(admin);

  const table = admin.getByRole("table", { name: /by cost centre$/ });
  await expect(table.getByRole("row", { name: /^Total/ })).toBeVisible();

  const [csv] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await csv.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff); // the BOM, for Excel
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("Code,Cost centre,Services,Without VAT (CZK),VAT (CZK),Total (CZK)");
  expect(lines.at(-1)).toMatch(/^,Total,\d+,-?\d+\.\d{2},-?\d+\.\d{2},-?\d+\.\d{2}$/);
  expect(lines.length).toBeGreaterThan(2);

  await expectNoSeriousViolations(admin);
});
