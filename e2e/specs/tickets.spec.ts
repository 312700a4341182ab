import { expect, test } from "@playwright/test";
import { as, expectNoSeriousViolations } from "../helpers";

// Desktop and mobile run this at once against one database: each run reports its own fault and
// follows it by the ticket's number, never by "the first row".

// A mutation re-renders the page on the server (SLA clocks of the ticket), which under two parallel
// projects on one database can take longer than the default 10 s.
const afterChange = { timeout: 30_000 };

const localInput = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

test.describe.serial("repair of a fault", () => {
  test("subscriber reports a broadband fault, the bureau fixes it, the subscriber confirms and rates", async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    // ── Anna reports a fault on her home internet ────────────────────────────────────────────────
    const anna = await as(browser, "subscriber");
    await anna.goto("/dashboard");
    await anna.getByRole("link", { name: "View details BB-PRG-004512" }).click();
    await expect(anna).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
    await anna.getByRole("link", { name: "Report a fault" }).click();
    await expect(anna.getByRole("heading", { level: 1, name: "Report a fault" })).toBeVisible();

    await anna.getByRole("button", { name: "Test my line" }).click();
    await expect(anna.getByRole("status").filter({ hasText: /Tested at/ })).toBeVisible(afterChange);

    await anna.getByLabel("Category").selectOption({ label: "Connection drops out" });
    await anna
      .getByLabel("Describe the problem")
      .fill(`The internet drops every few minutes (${testInfo.project.name} run ${Date.now()}).`);
    await anna.getByLabel("When may a technician visit?").fill("Weekdays after 4 pm");
    await anna.getByLabel("Contact phone").fill("+420 777 123 456");
    await anna.getByRole("button", { name: "Report the fault" }).click();

    await expect(anna).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/, afterChange);
    const ticketId = new URL(anna.url()).pathname.split("/").pop()!;
    const heading = anna.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(/^Ticket \S+$/);
    const number = (await heading.textContent())!.replace(/^Ticket /, "").trim();
    await expect(anna.getByRole("heading", { name: /^Response/ })).toBeVisible();
    await expect(anna.getByRole("heading", { name: /^Resolution/ })).toBeVisible();
    await expect(anna.getByRole("progressbar", { name: /of the target time used/ }).first()).toBeVisible();
    await expect(anna.getByRole("list").filter({ hasText: "Fault reported" })).toBeVisible(afterChange);
    await expectNoSeriousViolations(anna);

    await anna.goto("/tickets");
    await expect(anna.getByRole("link", { name: number })).toBeVisible();

    // ── the dispatcher assigns it to the technician ───────────────────────────────────────────────
    const dispatcher = await as(browser, "dispatcher");
    await dispatcher.goto("/staff");
    await expect(dispatcher.getByRole("heading", { name: "Repair queue" })).toBeVisible();
    await expect(dispatcher.getByRole("heading", { name: "Outages" })).toBeVisible();
    await dispatcher.goto(`/staff/tickets/${ticketId}`);
    await expect(dispatcher.getByRole("heading", { level: 1 })).toHaveText(`Ticket ${number}`);
    await expectNoSeriousViolations(dispatcher);
    const technician = dispatcher.getByLabel("Technician");
    const option = technician.getByRole("option", { name: /Lukáš Procházka/ });
    await technician.selectOption((await option.getAttribute("value"))!);
    const from = new Date(Date.now() + 24 * 3600_000);
    from.setHours(9, 0, 0, 0);
    await dispatcher.getByLabel("Visit from").fill(localInput(from));
    await dispatcher.getByLabel("Visit to").fill(localInput(new Date(from.getTime() + 2 * 3600_000)));
    await dispatcher.getByRole("button", { name: "Dispatch" }).click();
    await expect(dispatcher.getByRole("status").filter({ hasText: "Dispatched to Lukáš Procházka." })).toBeVisible(afterChange);
    await expect(dispatcher.getByRole("list").filter({ hasText: "Technician assigned" })).toBeVisible(afterChange);

    // ── the technician goes there and fixes it ────────────────────────────────────────────────────
    const tech = await as(browser, "technician");
    await tech.goto("/staff");
    await expect(tech.getByRole("heading", { name: "My worklist" })).toBeVisible();
    await tech.goto(`/staff/tickets/${ticketId}`);
    await expect(tech.getByRole("heading", { level: 1 })).toHaveText(`Ticket ${number}`);
    await tech.getByRole("button", { name: "On the way" }).click();
    await expect(tech.getByRole("status").filter({ hasText: "Saved: On the way." })).toBeVisible(afterChange);
    await tech.getByRole("button", { name: "On site" }).click();
    await expect(tech.getByRole("status").filter({ hasText: "Saved: On site." })).toBeVisible(afterChange);
    await tech.getByRole("button", { name: "Fixed", exact: true }).click();
    await tech.getByLabel("Cause").fill("Corroded connector in the street cabinet");
    await tech.getByLabel("Work done").fill("Replaced the connector and tested the line");
    await tech.getByRole("button", { name: "Mark as fixed" }).click();
    await expect(tech.getByRole("status").filter({ hasText: "Saved: Fixed." })).toBeVisible(afterChange);
    await expect(tech.getByRole("list").filter({ hasText: "The technician fixed the fault" })).toBeVisible(afterChange);

    // ── Anna confirms the fix and rates the repair ────────────────────────────────────────────────
    await anna.goto(`/tickets/${ticketId}`);
    await expect(anna.getByRole("list").filter({ hasText: "The technician is on site" })).toBeVisible(afterChange);
    await anna.getByRole("button", { name: "Confirm the fix" }).click();
    const dialog = anna.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Yes, it is fixed" }).click();
    await expect(anna.getByRole("status").filter({ hasText: "The ticket is closed." })).toBeVisible(afterChange);

    const rating = anna.getByRole("group", { name: "Rate the repair" });
    await rating.getByLabel("5 of 5").check();
    await anna.getByLabel("Comment (optional)").fill("Quick and friendly.");
    await anna.getByRole("button", { name: "Send the rating" }).click();
    await expect(anna.getByRole("status").filter({ hasText: "Thank you for your rating." })).toBeVisible(afterChange);
    await expect(anna.getByRole("main")).toContainText("Your rating: 5 of 5", afterChange);
  });
});
