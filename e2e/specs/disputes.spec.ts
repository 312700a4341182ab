import { expect, test } from "@playwright/test";
import { as } from "../helpers";

const afterChange = { timeout: 30_000 };

// Desktop and mobile run at once on one database: each disputes a different line and follows its own ticket.
test("Anna disputes a charge on her latest bill; a billing agent upholds it with a credit note", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const service = testInfo.project.name === "mobile" ? "SC-7731-0042" : "BB-PRG-004512";
  const anna = await as(browser, "subscriber");
  await anna.goto("/bills");
  await anna.getByRole("table").getByRole("link").first().click();
  await expect(anna).toHaveURL(/\/bills\/[0-9a-f-]{36}$/);
  const billUrl = anna.url();

  const section = anna.getByRole("region", { name: "Disputed charges" });
  const charge = section.getByLabel("Charge", { exact: true });
  const value = await charge.locator("option", { hasText: service }).first().getAttribute("value");
  await charge.selectOption(value!);
  await section.getByLabel("What is wrong with this charge?").fill("I was not at home this month and the service was off.");
  await section.getByRole("button", { name: "Send the complaint" }).click();
  const sent = section.getByRole("status");
  await expect(sent).toContainText(/registered as ticket TT-\d+/, afterChange);
  const ticket = (await sent.textContent())!.match(/TT-\d+/)![0];
  const mine = section.getByRole("listitem").filter({ hasText: `Ticket ${ticket}` });
  await expect(mine).toContainText("Being looked into", afterChange);
  await expect(mine).toContainText("held out of payment reminders");

  const agent = await as(browser, "agent");
  await agent.goto("/staff");
  const card = agent.getByRole("listitem").filter({ hasText: ticket });
  await card.getByRole("button", { name: /^Decide/ }).click();
  const dialog = agent.getByRole("dialog");
  await dialog.getByLabel("Uphold: credit the charge").check();
  await dialog.getByLabel("Answer to the customer").fill("The service was off; we credit the month.");
  await dialog.getByRole("button", { name: "Record the decision" }).click();
  await expect(agent.getByRole("listitem").filter({ hasText: ticket })).toHaveCount(0, afterChange);

  await anna.goto(billUrl);
  const decided = anna
    .getByRole("region", { name: "Disputed charges" })
    .getByRole("listitem")
    .filter({ hasText: `Ticket ${ticket}` });
  await expect(decided).toContainText("Upheld");
  await expect(decided).toContainText(/Credited by BA-100001\/\d{4}-\d{2}\/CN\d+/);
  await expect(decided).toContainText("Our answer: The service was off; we credit the month.");
});
