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
