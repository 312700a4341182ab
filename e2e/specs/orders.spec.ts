import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations } from "../helpers";

// Desktop and mobile run at once on one database, both on Anna's mobile line: each changes to a plan of its own
// (neither is her current one), and whichever order completes first, the other's target is still not her plan.
test("Anna compares mobile plans on her usage and changes her plan from the next period; the order completes", async ({
  browser,
}, testInfo) => {
  const target = testInfo.project.name === "mobile" ? "Mobile S" : "Mobile Unlimited";
  const page = await as(browser, "subscriber");
  await page.goto("/dashboard");
  await page
    .getByRole("link", { name: /\+420 601 234 567/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  await page.getByRole("link", { name: "Change plan" }).click();

  const plans = page.getByRole("table", { name: "Change plan" });
  await expect(plans.getByRole("row", { name: /Mobile Unlimited/ })).toContainText(/a month/);
  await expect(plans.getByText("Your current plan")).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByLabel("New plan").selectOption({ label: target });
  await page.getByRole("radio", { name: "From the next billing period" }).check();
  await page.getByRole("button", { name: "Show the change" }).click();
  const preview = page.getByRole("region", { name: "The change on your bills" });
  await expect(preview).toContainText("No change: the next bill is still on your current plan");
  await expect(preview).toContainText(`→ ${target}`);

  await page.getByRole("button", { name: "Order the change" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(target);
  await dialog.getByRole("button", { name: "Yes, order it" }).click();

  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: /Order PO-\d{6}/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Progress" }).getByText("Acknowledged")).toBeVisible();
  // The fulfilment job advances it in seconds; the page refreshes itself while it is in flight.
  await expect(page.getByRole("status")).toContainText("Completed", { timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Cancel the order" })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  await page.goto("/orders");
  await expect(
    page
      .getByRole("table", { name: "Orders" })
      .getByRole("row", { name: new RegExp(target) })
      .first(),
  ).toContainText("Completed");
  await page.context().close();
});
