import { expect, test, type Page } from "@playwright/test";
import { as, expectNoSeriousViolations, goToArea } from "../helpers";

const afterPayment = { timeout: 30_000 };

/** The local Stripe emulator's hosted checkout page: fill in a card and pay (or, in setup mode, save it). */
async function payOnCheckout(page: Page, card: string, submit = "Pay") {
  await expect(page.getByLabel("Card number")).toBeVisible();
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiry (MM / YY)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Name on card").fill("Anna Novak");
  await page.getByRole("button", { name: submit }).click();
}

/** From the bills list (newest first), a bill with something left to pay; its page, at the pay form. */
async function openBillToPay(page: Page, which: "newest" | "oldest") {
  await page.goto("/bills");
  const links = page.getByRole("link", { name: /^Pay bill / });
  await (which === "newest" ? links.first() : links.last()).click();
  await expect(page).toHaveURL(/\/bills\/[0-9a-f-]{36}#pay$/);
  return page.getByRole("form", { name: /^Pay this bill/ });
}

/** The pay form's "Pay the amount due (…)" choice: it names what is left to pay. */
const amountDue = (page: Page) => page.getByRole("form", { name: /^Pay this bill/ }).getByText(/^Pay the amount due/);
const summaryStatus = (page: Page) =>
  page
    .getByRole("definition")
    .filter({ has: page.locator(".badge") })
    .first();

// Desktop and mobile run at once on one database: desktop pays Anna's oldest unpaid bill in full, mobile a part
// of her newest one (the demo world leaves at least two unpaid on any day).
test("Anna's declined card changes nothing; paying the amount due marks the bill paid, with a receipt", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "the mobile project pays a part of another bill");
  test.setTimeout(120_000);
  const anna = await as(browser, "subscriber");
  const form = await openBillToPay(anna, "oldest");
  await expect(form.getByText("Test mode")).toBeVisible();
  await expectNoSeriousViolations(anna);
  const dueBefore = await amountDue(anna).textContent();
  await form.getByRole("button", { name: "Continue to card payment" }).click();
  await payOnCheckout(anna, "4000 0000 0000 0002");
  await expect(anna.getByRole("alert").filter({ hasText: "Your card was declined." })).toBeVisible();
  await anna.getByRole("link", { name: "Cancel" }).click();
  await expect(anna.getByRole("alert").filter({ hasText: "The card payment did not go through (the card was declined)" })).toBeVisible();
  await expect(amountDue(anna)).toHaveText(dueBefore!);

  await anna
    .getByRole("form", { name: /^Pay this bill/ })
    .getByRole("button", { name: "Continue to card payment" })
    .click();
  await payOnCheckout(anna, "4242 4242 4242 4242");
  await expect(anna.getByRole("status").filter({ hasText: "Thank you. We received" })).toBeVisible(afterPayment);
  await expect(anna.getByRole("form", { name: /^Pay this bill/ })).toHaveCount(0);
  await expect(summaryStatus(anna)).toHaveText("Paid");
  const payments = anna.getByRole("table", { name: "Card payments" });
  await expect(payments.getByRole("row").nth(1)).toContainText("Visa ending 4242");
  await expect(payments.getByRole("row").nth(1)).toContainText("Paid");

  await goToArea(anna, "Payments");
  await expect(anna.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  await expectNoSeriousViolations(anna);
  const receipt = anna.getByRole("link", { name: /^Payment receipt / }).first();
  const [download] = await Promise.all([anna.waitForEvent("download"), receipt.click()]);
  expect(download.suggestedFilename()).toMatch(/^receipt-.+\.pdf$/);
  // Another customer asking for this receipt's address gets a 404, as for an id that does not exist.
  const href = (await receipt.getAttribute("href"))!;
  const admin = await as(browser, "admin");
  expect((await admin.request.get(href)).status()).toBe(404);
  expect((await anna.request.get(href)).status()).toBe(200);
});

test("Anna pays part of a bill: the amount is checked, and the rest stays due", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "the desktop project pays another bill in full");
  test.setTimeout(120_000);
  const anna = await as(browser, "subscriber");
  const form = await openBillToPay(anna, "newest");
  await form.getByLabel("Pay part of it").check();
  const amount = form.getByLabel(/^Amount to pay/);
  await amount.fill("0.50");
  await form.getByRole("button", { name: "Continue to card payment" }).click();
  await expect(form.getByText(/^Enter an amount between /)).toBeVisible();
  await expect(amount).toBeFocused();
  await expectNoSeriousViolations(anna);
  await expect(anna).toHaveURL(/\/bills\//);

  await amount.fill("100");
  await form.getByRole("button", { name: "Continue to card payment" }).click();
  await payOnCheckout(anna, "4242 4242 4242 4242");
  await expect(anna.getByRole("status").filter({ hasText: /We received CZK\s?100\.00; .+ is still to pay/ })).toBeVisible(afterPayment);
  await expect(anna.getByRole("form", { name: /^Pay this bill/ })).toBeVisible();
  // An overdue bill stays "Overdue" until paid whole; one not due yet becomes "Partially paid".
  await expect(summaryStatus(anna)).toHaveText(/^(Partially paid|Overdue)$/);
});

test("a sub-user without the billing role is told payments are not for them", async ({ browser }) => {
  const jana = await as(browser, "employee");
  await jana.goto("/payments");
  await expect(jana.getByText("Payments are for account holders and the billing role.")).toBeVisible();
  await expect(jana.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" })).toHaveCount(0);
});

// Desktop saves Anna's card and turns her autopay on; mobile saves the admin's card and removes it again.
test("a card is saved through the provider's page; autopay is switched on and stays on, or the card is removed", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const mobile = testInfo.project.name === "mobile";
  const page = await as(browser, mobile ? "admin" : "subscriber");
  await page.goto("/payments");
  await page.getByRole("link", { name: "Payment methods and autopay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payment methods" })).toBeVisible();
  await page.getByRole("button", { name: "Add a card" }).click();
  await payOnCheckout(page, mobile ? "5555 5555 5555 4444" : "4242 4242 4242 4242", "Save card");
  await expect(page.getByRole("status").filter({ hasText: "The card was saved." })).toBeVisible(afterPayment);
  const card = mobile ? "Mastercard ending 4444" : "Visa ending 4242";
  const row = page
    .getByRole("table", { name: "Saved cards" })
    .getByRole("row", { name: new RegExp(card) })
    .first();
  await expect(row).toBeVisible();
  await expectNoSeriousViolations(page);

  if (mobile) {
    await row.getByRole("button", { name: `Remove ${card}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("table", { name: "Saved cards" }).getByRole("row", { name: new RegExp(card) })).toHaveCount(0);
    return;
  }
  const autopay = page.getByRole("switch", { name: "Pay Anna Novak (BA-100001) automatically" });
  await autopay.check();
  await expect(page.getByRole("status").filter({ hasText: "Autopay is on for Anna Novak (BA-100001)." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Pay Anna Novak (BA-100001) automatically" })).toBeChecked();
});

test("a billing agent finds a customer's card payment and refunds part of it", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "one refund story is enough: desktop pays and refunds Acme's");
  test.setTimeout(120_000);
  const admin = await as(browser, "admin");
  const form = await openBillToPay(admin, "newest");
  await form.getByLabel("Pay part of it").check();
  await form.getByLabel(/^Amount to pay/).fill("100");
  await form.getByRole("button", { name: "Continue to card payment" }).click();
  await payOnCheckout(admin, "4242 4242 4242 4242");
  await expect(admin.getByRole("status").filter({ hasText: /We received CZK\s?100\.00/ })).toBeVisible(afterPayment);

  const agent = await as(browser, "agent");
  await agent.goto("/staff");
  await agent.getByRole("link", { name: "Find and refund card payments" }).click();
  await agent.getByLabel("Customer, e-mail, account or bill number").fill("admin@acme.test");
  await agent.getByRole("button", { name: "Search" }).click();
  const row = agent
    .getByRole("table", { name: "Card payments" })
    .getByRole("row", { name: /CZK\s?100\.00/ })
    .first();
  await row.getByRole("button", { name: /^Refund the payment of CZK\s?100\.00/ }).click();
  const dialog = agent.getByRole("dialog");
  await dialog.getByLabel(/^Amount to refund/).fill("40");
  await dialog.getByRole("button", { name: "Refund" }).click();
  await expect(agent.getByRole("status").filter({ hasText: "Refunded." })).toBeVisible(afterPayment);
  await expect(
    agent
      .getByRole("table", { name: "Card payments" })
      .getByText(/CZK\s?40\.00 refunded/)
      .first(),
  ).toBeVisible();
  await expectNoSeriousViolations(agent);
});
