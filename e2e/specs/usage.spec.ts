import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations, goToArea } from "../helpers";

// Read-only: desktop and mobile can run it at once against the same demo data.

test("subscriber reads her meters, the 12-month history as a table, filters itemised records and downloads them", async ({ browser }) => {
  test.setTimeout(120_000);
  const anna = await as(browser, "subscriber");
  await anna.goto("/dashboard");
  await goToArea(anna, "Usage");
  await expect(anna.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();

  const phone = anna.getByRole("region", { name: /My phone/ });
  await expect(phone.getByRole("meter", { name: "Mobile data" })).toBeVisible();
  await expect(phone.getByText(/ of [\d.,]+ GB used$/)).toBeVisible();
  await expect(anna.getByText("Forecast of the next bill")).toBeVisible();

  await anna.getByText("Show as table").click();
  const history = anna.getByRole("table", { name: /Monthly bills/ });
  await expect(history.getByRole("rowheader")).toHaveCount(12);
  await expectNoSeriousViolations(anna);

  await phone.getByRole("link", { name: /Itemised records of My phone/ }).click();
  await expect(anna.getByRole("heading", { level: 1, name: "Itemised usage" })).toBeVisible();
  await anna.getByLabel("Kind").selectOption({ label: "Calls" });
  await anna.getByRole("button", { name: "Filter" }).click();
  await expect(anna).toHaveURL(/kind=voice/);
  const records = anna.getByRole("table", { name: "Usage records" });
  await expect(records.getByRole("cell", { name: "Calls", exact: true }).first()).toBeVisible();
  await expect(records.getByRole("cell", { name: "Mobile data", exact: true })).toHaveCount(0);

  const [download] = await Promise.all([anna.waitForEvent("download"), anna.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("Started (UTC),Number,Line,Kind,Zone,Destination,Quantity,Unit");
  expect(lines.length).toBeGreaterThan(1);
  expect(lines[1]).toContain("+420 601 234 567");
  expect(lines.slice(1).every((l) => l.includes(",Calls,"))).toBe(true);
  await anna.context().close();
});

test("an employee with one granted company line sees only that line's usage", async ({ browser }) => {
  const jana = await as(browser, "employee");
  await jana.goto("/usage");
  await expect(jana.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  await expect(jana.getByRole("region", { name: /\+420 731 500 102/ })).toBeVisible();
  await expect(jana.getByText("+420 731 500 101")).toHaveCount(0);
  await expect(jana.getByText("Forecast of the next bill")).toHaveCount(0);
  await jana.goto("/usage/records");
  await expect(jana.getByRole("heading", { level: 1, name: "Itemised usage" })).toBeVisible();
  await expect(jana.getByRole("table", { name: "Usage records" }).getByText("+420 731 500 101")).toHaveCount(0);
  await jana.context().close();
});
