import { expect, test } from "@playwright/test";
import { openAccountMenu } from "../helpers";
import { PASSWORD, personas } from "../personas";

async function signIn(page: import("@playwright/test").Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("subscriber signs in and sees all four services across networks", async ({ page }) => {
  await signIn(page, personas.subscriber.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  const cards = page.getByRole("main").getByRole("article");
  await expect(cards).toHaveCount(4);
  for (const kind of ["Mobile", "Fixed voice", "Broadband", "TV"]) {
    await expect(page.getByRole("main").getByText(kind, { exact: false }).first()).toBeVisible();
  }
});

test("enterprise admin sees the company's lines, searchable and paginated", async ({ page }) => {
  await signIn(page, personas.admin.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(/Page 1 of \d+/).first()).toBeVisible();
  await page.getByLabel("Search lines").fill("Brno-never-matches-xyz");
  await page.getByLabel("Search lines").press("Enter");
  await expect(page.getByText("No lines match your search.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Company lines" })).toHaveCount(0);
});

test("sub-user sees only the one line granted to them", async ({ page }) => {
  await signIn(page, personas.employee.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(1);
});

test("SLA client sees its business lines", async ({ page }) => {
  await signIn(page, personas.sla.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(await page.getByRole("main").getByRole("article").count()).toBeGreaterThan(0);
});

for (const staff of ["dispatcher", "technician", "agent"] as const) {
  test(`${staff} lands on the operator desk`, async ({ page }) => {
    await signIn(page, personas[staff].email);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("a wrong password shows an error and does not sign in", async ({ page }) => {
  await signIn(page, personas.subscriber.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is not correct." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unknown account gets the very same answer", async ({ page }) => {
  await signIn(page, "nobody@demo.test", "whatever-password");
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is not correct." })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, personas.subscriber.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});
