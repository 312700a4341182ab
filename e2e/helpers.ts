// What the specs share: a page signed in as a demo persona, and the accessibility check.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { stateFile, type Persona } from "./personas";

/** A new browser context signed in as the persona (auth.setup.ts saved its session). */
export async function as(browser: Browser, persona: Persona): Promise<Page> {
  const context = await browser.newContext({ storageState: stateFile(persona) });
  return context.newPage();
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** On a phone the header's areas fold behind the menu button: open it first when it is there. */
export async function openMenu(page: Page) {
  const menu = page.getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
}

/** Follows one of the main areas in the header, at any width. */
export async function goToArea(page: Page, name: string) {
  await openMenu(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
}

/** The account menu (profile, settings, acting for, language, sign out), opened at any width. */
export async function openAccountMenu(page: Page) {
  await openMenu(page);
  await page.getByRole("button", { name: "Account" }).click();
}

/**
 * The newest e-mail to `to` whose subject matches, read in the dev mailbox with the mailbox key (a context of its
 * own, so the page under test keeps its cookies). Waits for the worker to deliver it.
 */
export async function latestMail(browser: Browser, baseURL: string, to: string, subject: string | RegExp): Promise<string> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "dev_mailbox_key", value: process.env.DEV_MAILBOX_KEY ?? "", url: new URL("/dev", baseURL).href }]);
  const page = await context.newPage();
  let text = "";
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const mail = page
      .getByRole("article")
      .filter({ hasText: to })
      .filter({ has: page.getByRole("heading", { name: subject }) });
    text = (await mail.first().locator("pre").textContent({ timeout: 1000 })) ?? "";
  }).toPass({ timeout: 30_000 });
  await context.close();
  return text;
}

/** The first link into the portal in an e-mail's text. */
export const linkIn = (text: string, path: string) => {
  const match = text.match(new RegExp(`https?://\\S+${path}[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return new URL(match[0]).pathname;
};
