import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations } from "../helpers";

test("a sub-user without the billing role opening the admin's bill is told it is not available", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/bills");
  const href = await admin.getByRole("table").getByRole("link").first().getAttribute("href");
  const jana = await as(browser, "employee");
  const response = await jana.goto(href!);
  expect(response?.status()).toBe(403);
  await expect(jana.getByRole("heading", { level: 1, name: "Not available to you" })).toBeVisible();
  await expect(jana.getByRole("link", { name: "Go to the start page" })).toBeVisible();
  await expect(jana.getByText("Something went wrong")).toHaveCount(0);
  await expectNoSeriousViolations(jana);
});

test("another customer's bill, or one that does not exist, answers 404", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/bills");
  const href = await admin.getByRole("table").getByRole("link").first().getAttribute("href");
  const anna = await as(browser, "subscriber");
  expect((await anna.goto(href!))?.status()).toBe(404);
  expect((await anna.goto("/bills/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await anna.goto("/bills/not-an-id"))?.status()).toBe(404);
});
