import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { as } from "../helpers";

// Read-only: desktop and mobile run this at once against the demo seed without changing anything.

async function pdfOf(download: Download) {
  return (await readFile((await download.path())!)).subarray(0, 5).toString("latin1");
}

test("subscriber shows her statement for a range and downloads it as a PDF", async ({ browser }) => {
  const anna = await as(browser, "subscriber");
  await anna.goto("/statements");
  await expect(anna.getByRole("heading", { level: 1, name: "Statements and certificates" })).toBeVisible();

  await anna.getByLabel("From", { exact: true }).fill("2026-01-01");
  await anna.getByLabel("To", { exact: true }).fill("2026-10-31");
  await anna.getByRole("button", { name: "Show statement" }).click();
  await expect(anna).toHaveURL(/from=2026-01-01&to=2026-10-31/);

  const table = anna.getByRole("table", { name: /Entries on the account/ });
  await expect(table.getByRole("rowheader", { name: "Opening balance" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Bill issued" }).first()).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Payment" }).first()).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Closing balance" })).toBeVisible();

  const [download] = await Promise.all([
    anna.waitForEvent("download"),
    anna.getByRole("link", { name: "Download statement (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("statement-BA-100001-2026-01-01-2026-10-31.pdf");
  expect(await pdfOf(download)).toBe("%PDF-");

  // The latest bill is unpaid: the certificate section says why there is none, or offers it.
  const certificate = anna.getByRole("region", { name: "No outstanding debt certificate" });
  await expect(
    certificate.getByRole("link", { name: "Download certificate" }).or(certificate.getByText(/A certificate cannot be issued/)),
  ).toBeVisible();
});

test("subscriber downloads a bill as a PDF from the bill page", async ({ browser }) => {
  const anna = await as(browser, "subscriber");
  await anna.goto("/bills");
  await anna.getByRole("link", { name: /^BA-100001\/2026-09$/ }).click();
  await expect(anna).toHaveURL(/\/bills\/[0-9a-f-]{36}$/);
  const [download] = await Promise.all([anna.waitForEvent("download"), anna.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("bill-BA-100001-2026-09.pdf");
  expect(await pdfOf(download)).toBe("%PDF-");
});

test("a bill PDF of an unknown bill is a plain 404", async ({ browser }) => {
  const anna = await as(browser, "subscriber");
  const missing = await anna.request.get("/api/bills/00000000-0000-4000-8000-000000000000/pdf");
  expect(missing.status()).toBe(404);
  expect((await anna.request.get("/api/bills/not-an-id/pdf")).status()).toBe(404);
});
