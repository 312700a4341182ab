import { expect, test as setup } from "@playwright/test";
import { PASSWORD, personas, stateFile, type Persona } from "./personas";

// Each persona signs in once; specs reuse the stored session.
for (const persona of Object.keys(personas) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(personas[persona].email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/(dashboard|staff)$/);
    await page.context().storageState({ path: stateFile(persona) });
  });
}
