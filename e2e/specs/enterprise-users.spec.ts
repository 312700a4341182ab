import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { as, expectNoSeriousViolations, latestMail, linkIn } from "../helpers";
import { expectFitsViewport } from "../layout-check";

// Each project invites its own person, so the desktop and phone runs never touch each other's rows.
const inviteeOf = (project: string) => `invitee-${project}-${randomBytes(4).toString("hex")}@e2e.test`;

async function linesMatching(page: Page, q: string) {
  await page.goto(`/services?${new URLSearchParams({ q })}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return page.getByRole("main");
}

/** The Users table's row of one person, found through the search (the list has pages). */
async function userRow(admin: Page, email: string) {
  await admin.goto(`/enterprise/users?${new URLSearchParams({ q: email })}`);
  return admin.getByRole("table", { name: "Company users" }).getByRole("row").filter({ hasText: email });
}

test("the Acme admin invites an employee to one line, widens it, and suspends them; each change shows at their next click", async ({
  browser,
  baseURL,
}, info) => {
  test.slow();
  const email = inviteeOf(info.project.name);
  const admin = await as(browser, "admin");
  await admin.goto("/enterprise/users");
  await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(admin.getByRole("navigation", { name: "Company" }).getByRole("link", { name: "Users" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // Nothing chosen: the form says what is missing and sends nothing.
  await admin.getByLabel("E-mail").fill("not an address");
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText("Enter an e-mail address like name@company.cz.")).toBeVisible();
  await expect(admin.getByText("Choose at least one line.")).toBeVisible();

  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption({ label: "Member" });
  await admin
    .getByRole("list", { name: "Lines" })
    .getByLabel(/Trade fair SIM/)
    .check();
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation sent to ${email}.` })).toBeVisible();
  const pending = admin.getByRole("table", { name: "Pending invitations" }).getByRole("row").filter({ hasText: email });
  await expect(pending.getByRole("cell", { name: "1 line" })).toBeVisible();

  // The e-mail arrives in the local mailbox; the invitee sets a password and is signed in.
  const link = linkIn(await latestMail(browser, baseURL!, email, /You are invited to Acme Ltd/), "/invitation/");
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "Join Acme Ltd" })).toBeVisible();
  await expectNoSeriousViolations(invitee);
  await expectFitsViewport(invitee);
  await invitee.getByLabel("Your name").fill("Eva Nová");
  await invitee.getByLabel("Choose a password").fill("short");
  await invitee.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(invitee.getByText("Choose a password of at least 12 characters")).toBeVisible();
  await invitee.getByLabel("Choose a password").fill(`a long passphrase for ${email}`);
  await invitee.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(invitee).toHaveURL(/\/dashboard$/);

  // Only the granted line.
  await expect((await linesMatching(invitee, "Trade fair")).getByText("Trade fair SIM")).toBeVisible();
  await expect((await linesMatching(invitee, "Van 1")).getByText("No lines match your search.")).toBeVisible();

  // The admin widens the scope; the invitee sees more without signing in again.
  const row = await userRow(admin, email);
  await expect(row.getByRole("cell", { name: "1 line" })).toBeVisible();
  await row.getByRole("button", { name: "Change lines of Eva Nová" }).click();
  const dialog = admin.getByRole("dialog", { name: "Change lines of Eva Nová" });
  await expect(dialog.getByRole("list", { name: "Lines" }).getByLabel(/Trade fair SIM/)).toBeChecked();
  await dialog.getByLabel("All of the company's lines").check();
  await dialog.getByRole("button", { name: "Save lines" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The lines of Eva Nová were saved." })).toBeVisible();
  await expect(row.getByRole("cell", { name: "All lines" })).toBeVisible();
  await expect((await linesMatching(invitee, "Van 1")).getByText("Van 1 router")).toBeVisible();

  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole("alert").filter({ hasText: "This invitation was already used" })).toBeVisible();

  // Suspended: the next click is a signed-out one.
  await row.getByRole("button", { name: "Suspend Eva Nová" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Suspend" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Eva Nová is suspended." })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Suspended" })).toBeVisible();
  await invitee.goto("/dashboard");
  await expect(invitee).toHaveURL(/\/sign-in/);

  // All of it is in the audit log, by the admin, and in its CSV export.
  await admin.goto("/enterprise/audit");
  await admin.getByLabel("Object").selectOption("membership");
  await admin.getByRole("button", { name: "Show" }).click();
  await expect(admin).toHaveURL(/entity=membership/);
  const log = admin.getByRole("table", { name: "Audit log entries" });
  for (const action of ["invitation.accept", "member.scope", "member.suspend"]) {
    await expect(log.getByRole("row").filter({ hasText: action }).filter({ hasText: email }).first()).toBeVisible();
  }
  const download = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await download).createReadStream().then(async (s) => {
    let text = "";
    for await (const chunk of s) text += chunk;
    return text;
  });
  expect(csv).toContain("member.suspend");
  expect(csv).toContain(email);
});

test("the last admin cannot step down, and a revoked invitation link explains itself", async ({ browser, baseURL }, info) => {
  const admin = await as(browser, "admin");
  const self = await userRow(admin, "admin@acme.test");
  await self.getByLabel("Role of Petr Dvořák").selectOption({ label: "Member" });
  await self.getByRole("button", { name: "Change role: Petr Dvořák" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "at least one active administrator" })).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const email = inviteeOf(`revoked-${info.project.name}`);
  await admin.goto("/enterprise/users");
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("All of the company's lines").check();
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation sent to ${email}.` })).toBeVisible();
  const link = linkIn(await latestMail(browser, baseURL!, email, /You are invited/), "/invitation/");
  await admin.getByRole("button", { name: `Revoke the invitation to ${email}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `The invitation to ${email} was revoked.` })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("alert").filter({ hasText: "This invitation was withdrawn" })).toBeVisible();
  await expectNoSeriousViolations(visitor);
});
