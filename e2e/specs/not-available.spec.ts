import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations } from "../helpers";

test("a sub-user without the billing role opening the admin's bill is told it is not available", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/bills");
  const href = await admin.getByRole("table").getByRole("link").first().getAttribute("href");
  const jana = await as(browser, "employee");
  await jana.goto(href!);
  await expect(jana.getByRole("heading", { level: 1, name: "Not available to you" })).toBeVisible();
  await expect(jana.getByRole("link", { name: "Go to the start page" })).toBeVisible();
  await expect(jana.getByText("Something went wrong")).toHaveCount(0);
  await expectNoSeriousViolations(jana);
});
