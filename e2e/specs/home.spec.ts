import { expect, test, type Page } from "@playwright/test";
import { as, expectNoSeriousViolations } from "../helpers";

const afterChange = { timeout: 15_000 };
const card = (page: Page, name: string | RegExp) => page.getByRole("main").getByRole("article", { name });

test("Anna's home: the amount due with its due date and Pay, the latest bill, and what is left on her phone", async ({ browser }) => {
  const anna = await as(browser, "subscriber");
  await anna.goto("/dashboard");
  const due = anna.getByRole("region", { name: "Amount due" });
  await expect(due).toContainText(/due on BA-100001/);
  await expect(due).toContainText(/Overdue since|Due by/);
  const pay = due.getByRole("link", { name: /^Pay bill / }).first();
  await expect(pay).toHaveAttribute("href", /^\/bills\/[0-9a-f-]{36}#pay$/);
  await expect(due.getByRole("heading", { name: "Latest bill" })).toBeVisible();
  await expect(due.getByRole("link", { name: /^Bill \S+ for / })).toBeVisible();

  const phone = card(anna, /My phone/);
  await expect(phone.getByRole("meter").first()).toBeVisible();
  await expect(phone.getByRole("meter", { name: "data" })).toBeVisible();
  await expect(phone).toContainText(/left of/);
  await expect(phone.getByRole("link", { name: /on the .* bill$/ })).toBeVisible();
  await expect(anna.getByRole("heading", { name: "Needs your attention" })).toBeVisible();
  await expectNoSeriousViolations(anna);

  await pay.click();
  await expect(anna).toHaveURL(/\/bills\/[0-9a-f-]{36}#pay$/);
  await expect(anna.getByRole("heading", { level: 1 })).toHaveText(/^Bill /);
  await anna.context().close();
});

test("BigCorp's home: the Plzeň outage with its fix time, open repairs on their lines' cards, and this month's SLA", async ({
  browser,
}) => {
  const bigcorp = await as(browser, "sla");
  await bigcorp.goto("/dashboard");
  const banner = bigcorp.getByRole("region", { name: "Outage in your area" });
  await expect(banner).toContainText("Power failure at the Plzeň exchange");
  await expect(banner).toContainText("Expected to be fixed by");
  await expect(banner).toContainText("LL-PLZN-0002");
  await expect(card(bigcorp, /LL-OSTR-0003/).getByRole("link", { name: /^Repair \S+: / })).toBeVisible();
  await expect(card(bigcorp, /LL-PLZN-0002/).getByRole("link", { name: /^Outage: Power failure/ })).toBeVisible();
  const sla = bigcorp.getByRole("region", { name: "SLA this month" });
  await expect(sla).toContainText("Resolved within target");
  await expect(sla.getByRole("link", { name: "SLA dashboard" })).toBeVisible();

  await card(bigcorp, /LL-PLZN-0002/)
    .getByRole("link", { name: /^View details/ })
    .click();
  await expect(bigcorp.getByRole("heading", { level: 1 })).toContainText("LL-PLZN-0002");
  await expect(bigcorp.getByRole("region", { name: "Outage in your area" })).toContainText("affects this service");
  await expectNoSeriousViolations(bigcorp);
  await bigcorp.goto("/dashboard");
  await card(bigcorp, /LL-OSTR-0003/)
    .getByRole("link", { name: /^View details/ })
    .click();
  await expect(bigcorp.getByRole("heading", { level: 1 })).toContainText("LL-OSTR-0003");
  await expect(bigcorp.getByRole("region", { name: "Outage in your area" })).toHaveCount(0);
  await bigcorp.context().close();
});

test("Acme's admin sees spend by cost centre and a way to every line; Jana sees her line without money", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/dashboard");
  await expect(admin.getByRole("heading", { name: "Spend by cost centre" })).toBeVisible();
  await expect(admin.getByRole("table", { name: /by cost centre/ }).first()).toBeVisible();
  await expect(admin.getByRole("link", { name: "Search all company lines" })).toHaveAttribute("href", "/enterprise/lines");
  await admin.context().close();

  const jana = await as(browser, "employee");
  await jana.goto("/dashboard");
  await expect(jana.getByRole("main").getByRole("article")).toHaveCount(1);
  await expect(jana.getByRole("region", { name: "Amount due" })).toHaveCount(0);
  await expect(jana.getByRole("main").getByRole("article").getByRole("meter").first()).toBeVisible();
  await jana.context().close();
});

test("an outage opened over Anna's area shows on her home and the line's page, and goes when the dispatcher closes it", async ({
  browser,
}, info) => {
  test.slow(); // two people, a staff form and four page loads
  // Each project its own line and title: the desktop and phone runs share one database.
  const [kindLabel, line] = info.project.name === "mobile" ? ["Fixed voice", /Home phone/] : ["TV", /Living room TV/];
  const title = `Cable damage in Praha (${info.project.name} ${Date.now().toString(36)})`;
  const dispatcher = await as(browser, "dispatcher");
  await dispatcher.goto("/staff");
  const form = dispatcher.getByRole("form", { name: "Open an outage" });
  await form.getByLabel("Area").fill("Praha");
  await form.getByLabel("Service kind").selectOption({ label: kindLabel });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Open the outage" }).click();
  await expect(dispatcher.getByRole("status").filter({ hasText: "The outage was opened." })).toBeVisible(afterChange);

  const anna = await as(browser, "subscriber");
  await anna.goto("/dashboard");
  const banner = anna.getByRole("region", { name: "Outage in your area" });
  await expect(banner).toContainText(title);
  await expect(banner).toContainText("No repair time is known yet.");
  await expect(card(anna, line).getByRole("link", { name: `Outage: ${title}` })).toBeVisible();
  await card(anna, line)
    .getByRole("link", { name: /^View details/ })
    .click();
  await expect(anna.getByRole("region", { name: "Outage in your area" })).toContainText(title);

  await dispatcher.reload();
  await dispatcher.getByRole("button", { name: `Close the outage ${title}` }).click();
  await dispatcher.getByRole("dialog").getByRole("button", { name: "Yes, close the outage" }).click();
  await expect(dispatcher.getByRole("status").filter({ hasText: "The outage was closed" })).toBeVisible(afterChange);

  await anna.reload();
  await expect(anna.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(anna.getByText(title)).toHaveCount(0);
  await anna.goto("/dashboard");
  await expect(card(anna, line)).toBeVisible();
  await expect(anna.getByText(title)).toHaveCount(0);
  await anna.context().close();
  await dispatcher.context().close();
});

test("Acme's fleet manager sees 12 of 14 lines at home, and all 14 of them, none of the other Acme lines, on the lines page", async ({
  browser,
}) => {
  const fleet = await as(browser, "fleet");
  await fleet.goto("/dashboard");
  const main = fleet.getByRole("main");
  await expect(main.getByRole("article").first()).toBeVisible();
  await expect(main.getByRole("article")).toHaveCount(12);
  await expect(main.getByText("Showing 12 of 14 services.")).toBeVisible();
  await expect(fleet.getByRole("region", { name: "Amount due" })).toHaveCount(0);
  await main.getByRole("link", { name: "All 14 lines" }).click();

  await expect(fleet).toHaveURL(/\/services$/);
  await expect(fleet.getByRole("heading", { level: 1 })).toHaveText("Your lines");
  await expect(fleet.getByRole("status").filter({ hasText: "14 lines found" })).toBeVisible();
  const lines = fleet.getByRole("table", { name: "Company lines" });
  const numbers = lines.getByRole("rowheader");
  await expect(numbers).toHaveCount(14);
  expect((await numbers.allInnerTexts()).map((n) => n.trim()).sort()).toEqual(
    Array.from({ length: 14 }, (_, i) => `+420 731 500 ${111 + i}`),
  );
  for (const other of ["+420 731 500 101", "+420 731 500 102", "+420 731 500 110"]) {
    await expect(fleet.getByRole("link", { name: other })).toHaveCount(0);
  }
  await expectNoSeriousViolations(fleet);
  await fleet.context().close();
});

test("the dispatcher's home counts the open tickets by what they need and links the next to fall due to its page", async ({ browser }) => {
  const dispatcher = await as(browser, "dispatcher");
  await dispatcher.goto("/");
  await expect(dispatcher).toHaveURL(/\/staff$/);
  const queue = dispatcher.getByRole("region", { name: "Your queue" });
  await expect(queue).toContainText(/\d+ open tickets?/);
  await expect(queue).toContainText(/waiting for dispatch/);
  await expect(queue).toContainText(/at risk of an SLA breach/);
  await expect(queue).toContainText(/past (its|their) SLA target/);
  await expect(queue).toContainText(/waiting for the customer/);
  await expect(queue.getByRole("heading", { name: "Due next" })).toBeVisible();
  const next = queue.getByRole("link", { name: /^TT-\d{6}: / }).first();
  await expect(next).toBeVisible();
  const number = (await next.innerText()).split(":")[0]!.trim();
  await expectNoSeriousViolations(dispatcher);
  await next.click();
  await expect(dispatcher).toHaveURL(/\/staff\/tickets\/[0-9a-f-]{36}$/);
  await expect(dispatcher.getByRole("heading", { level: 1 })).toHaveText(`Ticket ${number}`);
  await dispatcher.context().close();
});
