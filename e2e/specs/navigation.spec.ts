import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations, openAccountMenu } from "../helpers";

test("the header holds every area without wrapping or scrolling sideways", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/dashboard");
  const width = await admin.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(width[0]).toBeLessThanOrEqual(width[1]!);
  const menu = admin.getByRole("button", { name: "Menu" });
  if (!(await menu.isVisible())) {
    // One row: the brand, every area and the account menu share a top edge.
    const tops = await admin
      .locator(".site-header-inner > *, .site-header nav li")
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
  }
  await openAccountMenu(admin);
  await expect(admin.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoSeriousViolations(admin);
});

test("the menu opens and closes by keyboard on a phone, focus back on its button", async ({ browser }, info) => {
  test.skip(info.project.name !== "mobile", "the menu button is there on a phone");
  const anna = await as(browser, "subscriber");
  await anna.goto("/dashboard");
  const menu = anna.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.focus();
  await anna.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const main = anna.getByRole("navigation", { name: "Main" });
  await expect(main.getByRole("link", { name: "Bills", exact: true })).toBeVisible();
  await anna.keyboard.press("Tab");
  await anna.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(main).toBeHidden();
  await anna.keyboard.press("Space");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expectNoSeriousViolations(anna);
  await main.getByRole("link", { name: "Bills", exact: true }).click();
  await expect(anna).toHaveURL(/\/bills$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(anna.getByRole("link", { name: "Statements and certificates" })).toBeVisible();
});
