import { expect, test } from "@playwright/test";

const expected = [
  { value: "cs", label: "Jazyk" },
  { value: "ru", label: "Язык" },
  { value: "zh", label: "语言" },
  { value: "en", label: "Language" },
] as const;

test("the language switcher changes the page language and its own label", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  let label = "Language";
  for (const { value, label: next } of expected) {
    await page.getByLabel(label).selectOption(value);
    await expect(page.locator("html")).toHaveAttribute("lang", value);
    await expect(page.getByLabel(next)).toBeVisible();
    label = next;
  }
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});
