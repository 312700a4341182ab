import { expect, test } from "@playwright/test";
import { stateFile } from "../personas";

// Desktop and mobile run at once on one database: each moves its own line.
test.describe("moving a service between billing accounts", () => {
  test.use({ storageState: stateFile("admin") });

  test("the enterprise admin previews both bills, schedules the move, and cancels it", async ({ page }, testInfo) => {
    const line = testInfo.project.name === "mobile" ? "+420 731 500 122" : "+420 731 500 121";
    await page.goto(`/enterprise/lines?q=${encodeURIComponent(line)}`);
    await page.getByRole("link", { name: line }).click();
    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    await page.getByRole("link", { name: "Move to another billing account" }).click();

    await page.getByLabel("Move to").selectOption({ label: "BA-200002 — Acme Ltd – data" });
    await page.getByRole("button", { name: "Show both bills" }).click();
    const preview = page.getByRole("region", { name: /Both bills for \d{4}-\d{2}/ });
    await expect(preview.getByRole("article")).toHaveCount(2);
    // The line is listed on the data account's side after the move, and no longer on the mobile one's.
    const toSide = preview.getByRole("article", { name: /BA-200002/ });
    const fromSide = preview.getByRole("article", { name: /BA-200001/ });
    await expect(toSide.getByText(line)).toBeVisible();
    await expect(fromSide.getByText(line)).toHaveCount(0);

    await page.getByRole("button", { name: "Move the service" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(line);
    await dialog.getByRole("button", { name: "Yes, move it" }).click();

    await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}\?moved=1$/, { timeout: 30_000 });
    await expect(page.getByText(/Moves to BA-200002 .* from \d{4}-\d{2}\./)).toBeVisible();
    await page.getByRole("button", { name: "Cancel the move" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Yes, cancel it" }).click();
    await expect(page.getByRole("link", { name: "Move to another billing account" })).toBeVisible({ timeout: 30_000 });
  });

  test("a household with one account is told there is nowhere to move", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFile("subscriber") });
    const page = await context.newPage();
    await page.goto("/dashboard");
    await page.getByRole("main").getByRole("article").first().getByRole("link").first().click();
    await page.getByRole("link", { name: "Move to another billing account" }).click();
    await expect(page.getByText("This is your only billing account")).toBeVisible();
    await context.close();
  });
});
