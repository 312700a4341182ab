import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { as, expectNoSeriousViolations } from "../helpers";
import { expectFitsViewport } from "../layout-check";

// The desktop and phone projects run at once on one database: each makes its own cost centre (its code names the
// project), and each edits the profile of its own company (Acme on the desktop, BigCorp on the phone), adding a
// billing contact of its own and removing it again. The seeded centres and legal names are left as they are.
const codeOf = (project: string) => `E2E-${project.slice(0, 7)}-${randomBytes(2).toString("hex")}`.toUpperCase();

async function checkPage(page: Page) {
  await expectNoSeriousViolations(page);
  await expectFitsViewport(page);
}

test("the Acme admin creates, renames, archives and restores a cost centre; a seeded centre lists its lines", async ({ browser }, info) => {
  const code = codeOf(info.project.name);
  const admin = await as(browser, "admin");
  await admin.goto("/enterprise/cost-centres");
  await expect(admin.getByRole("heading", { level: 1, name: "Cost centres" })).toBeVisible();
  await expect(admin.getByRole("navigation", { name: "Company" }).getByRole("link", { name: "Cost centres" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const table = admin.getByRole("table", { name: "Cost centres with their lines and spend" });
  await expect(table.getByRole("row").filter({ has: admin.getByRole("link", { name: "SALES", exact: true }) })).toBeVisible();
  await checkPage(admin);

  await admin.getByLabel("Code").fill(code);
  await admin.getByLabel("Name", { exact: true }).fill(`Trade fair ${info.project.name}`);
  await admin.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Cost centre ${code} is created.` })).toBeVisible();
  const row = table.getByRole("row").filter({ has: admin.getByRole("link", { name: code, exact: true }) });
  await expect(row).toContainText(`Trade fair ${info.project.name}`);

  // The same code again, in other letters' case: the field says so and nothing is created.
  await admin.getByLabel("Code").fill(code.toLowerCase());
  await admin.getByLabel("Name", { exact: true }).fill("Duplicate");
  await admin.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByText("The company already has a cost centre with this code.")).toBeVisible();
  await expect(admin.getByLabel("Code")).toHaveAttribute("aria-invalid", "true");
  await expect(table.getByRole("row").filter({ hasText: "Duplicate" })).toHaveCount(0);

  await row.getByRole("link", { name: code, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `${code} Trade fair ${info.project.name}` })).toBeVisible();
  await expect(admin.getByText("No lines are booked to this cost centre.")).toBeVisible();
  await checkPage(admin);

  const renamed = `Trade fair ${info.project.name} 2027`;
  await admin.getByLabel("Name", { exact: true }).fill(renamed);
  await admin.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${code} is renamed to ${renamed}.` })).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name: `${code} ${renamed}` })).toBeVisible();

  await admin.getByRole("button", { name: `Archive ${code}` }).click();
  const dialog = admin.getByRole("dialog");
  await expect(dialog).toContainText(`Archive ${code} ${renamed}? It has no lines.`);
  await dialog.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${code} is archived.` })).toBeVisible();
  await expect(admin.getByText(/^Archived: it has no lines/)).toBeVisible();
  await admin.getByRole("button", { name: `Restore ${code}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${code} is active again.` })).toBeVisible();
  await expect(admin.getByRole("button", { name: `Archive ${code}` })).toBeVisible();

  // A seeded centre's page lists its lines, each a link to the line's own page.
  await admin.getByRole("link", { name: "All cost centres" }).click();
  await table.getByRole("link", { name: "SALES", exact: true }).click();
  const lines = admin.getByRole("table", { name: "Lines in SALES" });
  await expect(lines.getByRole("link").first()).toHaveAttribute("href", /^\/services\/[0-9a-f-]{36}$/);
  await lines.getByRole("link").first().click();
  await expect(admin).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
});

test("a company admin saves the profile: a wrong IČO check digit is refused and saves nothing, a good one saves", async ({
  browser,
}, info) => {
  const persona = info.project.name === "mobile" ? "sla" : "admin";
  const email = `billing-${info.project.name}-${randomBytes(3).toString("hex")}@e2e.test`;
  const page = await as(browser, persona);
  await page.goto("/enterprise/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeVisible();
  await checkPage(page);
  const contacts = page.getByRole("group", { name: /^Contact \d+$/ });
  const before = await contacts.count();
  const ico = page.getByLabel("Registration number (IČO)");
  const good = await ico.inputValue();
  const bad = `${good.slice(0, 7)}${(Number(good[7]) + 1) % 10}`;

  const addContact = async () => {
    await page.getByRole("button", { name: "Add a contact" }).click();
    const added = page.getByRole("group", { name: `Contact ${before + 1}` });
    await added.getByLabel("Name").fill("E2E billing");
    await added.getByLabel("E-mail").fill(email);
    await added.getByLabel("Phone").fill("+420 601 234 567");
  };

  await addContact();
  await ico.fill(bad);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter the 8-digit registration number with its valid check digit.")).toBeVisible();
  await expect(ico).toHaveAttribute("aria-invalid", "true");
  await expect(ico).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeVisible();
  await expect(ico).toHaveValue(good);
  await expect(contacts).toHaveCount(before);

  await addContact();
  await ico.fill(good.replace(/^(\d{4})/, "$1 ")); // spaces as people type them are fine
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The company profile is saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: `Contact ${before + 1}` }).getByLabel("E-mail")).toHaveValue(email);
  await expect(ico).toHaveValue(good);

  // Back as it was: the added contact goes.
  await page.getByRole("button", { name: `Remove contact ${before + 1}` }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The company profile is saved." })).toBeVisible();
  await page.reload();
  await expect(contacts).toHaveCount(before);
});
