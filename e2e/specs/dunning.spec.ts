import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, openAccountMenu } from "../helpers";
import { stateFile } from "../personas";

// Desktop and mobile run at once on one database, and an account has one payment plan at a time: desktop sets one up
// on Acme's mobile account (half of its latest due bill unpaid on any demo day), mobile on Jana's own household (her
// latest due bill unpaid). Anna is left alone: her older overdue bill is already under a plan.
const projects = {
  desktop: { persona: "admin", account: "BA-200001", actingFor: null },
  mobile: { persona: "employee", account: "BA-100002", actingFor: "Jana Horáková" },
} as const;

/** From the bills list (on the account given, chosen when there are several) to the overdue page through its notice. */
async function openOverdue(page: Page, account: string) {
  await page.goto("/bills");
  const accountSelect = page.getByLabel("Billing account");
  if ((await accountSelect.count()) > 0) {
    const value = await accountSelect.getByRole("option", { name: new RegExp(account) }).getAttribute("value");
    await accountSelect.selectOption(value!);
    await expect(page).toHaveURL(new RegExp(`account=${value}`));
  }
  await expect(page.getByRole("table", { name: new RegExp(account) })).toBeVisible();
  await page.getByRole("link", { name: "Overdue bills, reminders and payment plans" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overdue bills and payment plans" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(account);
}

test("a customer with an overdue bill sees its timeline, previews a payment plan and agrees it after confirming; dunning pauses", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const mine = projects[testInfo.project.name === "mobile" ? "mobile" : "desktop"];
  const context = await browser.newContext({ storageState: stateFile(mine.persona) });
  const page = await context.newPage();
  if (mine.actingFor) {
    await page.goto("/dashboard");
    await openAccountMenu(page);
    await page.getByLabel("Acting for").selectOption({ label: mine.actingFor });
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Acme");
  }
  await openOverdue(page, mine.account);

  const bills = page.getByRole("table", { name: "Overdue bills" });
  await expect(bills.getByRole("row").nth(1)).toBeVisible();
  const timeline = page.getByRole("region", { name: "What has happened" });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Services will be limited on" })).toBeVisible();

  // The preview follows the number of instalments chosen.
  const offer = page.getByRole("region", { name: "Split the overdue amount" });
  await offer.getByRole("radio", { name: "3 instalments" }).check();
  await expect(offer.getByRole("table", { name: "Your instalments with 3 payments" }).getByRole("row")).toHaveCount(4);
  await offer.getByRole("radio", { name: "2 instalments" }).check();
  await expect(offer.getByRole("table", { name: "Your instalments with 2 payments" }).getByRole("row")).toHaveCount(3);
  await expectNoSeriousViolations(page);

  // Nothing is agreed until the confirmation: cancelling leaves the offer as it was.
  await offer.getByRole("button", { name: "Set up the payment plan" }).click();
  await expect(page.getByRole("dialog")).toContainText("Agree to pay");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("region", { name: "Payment plan" })).toHaveCount(0);
  await offer.getByRole("button", { name: "Set up the payment plan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, set it up" }).click();

  const plan = page.getByRole("region", { name: "Payment plan" });
  await expect(plan).toBeVisible({ timeout: 15_000 });
  await expect(plan).toContainText("Status: active");
  await expect(plan).toContainText("reminders for its bills are paused");
  await expect(plan.getByRole("table", { name: "Instalments" }).getByRole("row")).toHaveCount(3);
  await expect(bills.getByRole("cell", { name: "In the plan" }).first()).toBeVisible();
  await expect(timeline.getByRole("listitem").filter({ hasText: "Payment plan agreed: 2 instalments" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Split the overdue amount" })).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await context.close();
});
