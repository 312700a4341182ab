import { expect, test, type Page } from "@playwright/test";
import { latestMail, linkIn, openAccountMenu } from "../helpers";
import { freshPerson } from "../people";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a person resets a forgotten password from the e-mailed link, which then works no more", async ({ page, browser, baseURL }, info) => {
  const anna = await freshPerson(`reset-${info.project.name}`);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot password" })).toBeVisible();
  await page.getByLabel("E-mail").fill(anna.email);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `If an account uses ${anna.email}` })).toBeVisible();

  const link = linkIn(await latestMail(browser, baseURL!, anna.email, "Reset your password"), "/reset-password/");
  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Choose a password of at least 12 characters")).toBeVisible();
  const newPassword = `second passphrase ${info.project.name} ${Date.now()}`;
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=passwordReset/);
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();

  await signIn(page, anna.email, anna.password);
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is not correct." })).toBeVisible();
  await signIn(page, anna.email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "This link was already used" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
});

test("a person signs in with an e-mailed link instead of the password", async ({ page, browser, baseURL }, info) => {
  const petr = await freshPerson(`link-${info.project.name}`);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with an e-mail link instead" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in by e-mail link" })).toBeVisible();
  await page.getByLabel("E-mail").fill(petr.email);
  await page.getByRole("button", { name: "Send the sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "sign-in link" })).toBeVisible();

  const link = linkIn(await latestMail(browser, baseURL!, petr.email, "Your sign-in link"), "/sign-in/link/");
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/profile/security");
  const signIns = page.getByRole("table", { name: "Your last 10 sign-ins" });
  await expect(signIns.getByRole("cell", { name: "E-mail link" })).toBeVisible();
});

test("a failed sign-in keeps the e-mail filled in", async ({ page }, info) => {
  const jana = await freshPerson(`typo-${info.project.name}`);
  await signIn(page, jana.email, "not the password at all");
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is not correct." })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(jana.email);
  await page.getByLabel("Password").fill(jana.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign out everywhere ends a session copied to another browser", async ({ page, browser }, info) => {
  const eva = await freshPerson(`everywhere-${info.project.name}`);
  await signIn(page, eva.email, eva.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const copied = await other.newPage();
  await copied.goto("/dashboard");
  await expect(copied).toHaveURL(/\/dashboard$/);

  await page.goto("/profile/security");
  await expect(page.getByRole("table", { name: "Your last 10 sign-ins" }).getByRole("cell", { name: "Password" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signedOutEverywhere/);

  await copied.goto("/dashboard");
  await expect(copied).toHaveURL(/\/sign-in/);
  await other.close();
});

test("signing out ends that session even in a copy of its cookie; the person's session elsewhere lives on", async ({
  page,
  browser,
}, info) => {
  const olga = await freshPerson(`sign-out-${info.project.name}`);
  const elsewhere = await browser.newContext();
  const phone = await elsewhere.newPage();
  await signIn(phone, olga.email, olga.password);
  await expect(phone).toHaveURL(/\/dashboard$/);
  await signIn(page, olga.email, olga.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const copied = await other.newPage();
  await copied.goto("/dashboard");
  await expect(copied).toHaveURL(/\/dashboard$/);

  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await copied.goto("/dashboard");
  await expect(copied).toHaveURL(/\/sign-in/);
  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/dashboard$/);
  await other.close();
  await elsewhere.close();
});
