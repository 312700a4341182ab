import { expect, test } from "@playwright/test";
import { stateFile, type Persona } from "../personas";
import { expectNoSeriousViolations } from "../helpers";

test("sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoSeriousViolations(page);
});

for (const path of ["/forgot-password", "/sign-in/email", "/reset-password/not-a-real-link", "/sign-in/link/not-a-real-link"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("development mailbox has no serious accessibility violations", async ({ page }) => {
  await page.goto("/dev/mailbox");
  await expectNoSeriousViolations(page);
});

const pages: [Persona, string[]][] = [
  ["subscriber", ["/dashboard", "/profile", "/profile/security", "/notifications", "/settings/notifications"]],
  ["admin", ["/dashboard", "/enterprise/lines"]],
  ["dispatcher", ["/staff"]],
];

for (const [persona, paths] of pages) {
  test.describe(`as ${persona}`, () => {
    test.use({ storageState: stateFile(persona) });
    for (const path of paths) {
      test(`${path} has no serious accessibility violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }
  });
}

test.describe("service detail", () => {
  test.use({ storageState: stateFile("subscriber") });
  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto("/dashboard");
    await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/services\//);
    await expectNoSeriousViolations(page);
  });
});
