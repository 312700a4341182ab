import { expect, test } from "@playwright/test";
import { openAccountMenu } from "../helpers";
import { stateFile } from "../personas";

test.describe("as the subscriber", () => {
  test.use({ storageState: stateFile("subscriber") });

  test("opens a service from the dashboard", async ({ page }) => {
    await page.goto("/dashboard");
    const card = page.getByRole("main").getByRole("article").first();
    await card.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("another customer's service is not found", async ({ page }) => {
    const res = await page.goto("/services/00000000-0000-4000-8000-000000000000");
    expect(res?.status()).toBe(404);
  });

  test("updating the phone sends a notice to the bell and to the mailbox", async ({ page }) => {
    await page.goto("/profile");
    const phone = `+420 777 ${String(Date.now()).slice(-6, -3)} ${String(Date.now()).slice(-3)}`;
    await page.getByLabel("Phone").fill(phone);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
    await page.goto("/notifications");
    await expect(page.getByText("Your contact details were changed").first()).toBeVisible();
    await expect(async () => {
      await page.goto("/dev/mailbox");
      await expect(page.getByText("Your contact details were changed").first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });

  test("bad input is refused with a message next to the field", async ({ page }) => {
    await page.goto("/profile");
    await page.getByLabel("Phone").fill("call me maybe");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/phone number/i).first()).toBeVisible();
  });
});

test.describe("as a person acting for two customers", () => {
  test.use({ storageState: stateFile("employee") });

  test("switches customer with the account switcher", async ({ page }) => {
    await page.goto("/dashboard");
    await openAccountMenu(page);
    const switcher = page.getByLabel("Acting for");
    const before = await page.getByRole("heading", { level: 1 }).textContent();
    const other = await switcher.locator("option:not(:checked)").first().getAttribute("value");
    await switcher.selectOption(other!);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(before ?? "");
  });
});
