import { expect, test, type Page } from "@playwright/test";
import { as } from "../helpers";

// Desktop and mobile run at once against one database: each run reports its own fault and works
// on it by its id, never by "the first row".

const afterChange = { timeout: 30_000 };

/** A real 1×1 PNG. */
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64");
const fakePng = Buffer.from("This is plain text pretending to be a picture.");

/** Anna reports a fault on her home internet (optionally with files) and lands on the new ticket. */
async function report(anna: Page, description: string, files?: Parameters<Page["setInputFiles"]>[1]) {
  await anna.goto("/dashboard");
  await anna.getByRole("link", { name: "View details BB-PRG-004512" }).click();
  await anna.getByRole("link", { name: "Report a fault" }).click();
  await anna.getByLabel("Category").selectOption({ label: "Connection drops out" });
  await anna.getByLabel("Describe the problem").fill(description);
  if (files) await anna.getByLabel("Photos or documents").setInputFiles(files);
  await anna.getByRole("button", { name: "Report the fault" }).click();
  await expect(anna).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/, afterChange);
  return new URL(anna.url()).pathname.split("/").pop()!;
}

test.describe("ticket attachments and closing without a repair", () => {
  test("subscriber attaches a photo when reporting; a fake PNG is refused; the file downloads as an attachment", async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const anna = await as(browser, "subscriber");
    const photo = `router-${testInfo.project.name}-${Date.now()}.png`;
    const ticketId = await report(anna, `Lights blink red (${testInfo.project.name} run ${Date.now()}).`, {
      name: photo,
      mimeType: "image/png",
      buffer: png,
    });

    const timeline = anna.getByRole("list").filter({ hasText: "Files attached" });
    await expect(timeline).toBeVisible(afterChange);
    const link = anna.getByRole("link", { name: photo });
    await expect(link).toBeVisible();

    // The browser refuses the fake before sending it...
    await anna.getByLabel("Photos or documents").setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: fakePng });
    await anna.getByRole("button", { name: "Attach the files" }).click();
    await expect(anna.getByText("“fake.png” is not a JPEG, PNG, WebP or PDF file.")).toBeVisible();

    // ...and the server refuses it too, whatever Content-Type the client declares.
    const forged = await anna.request.post(`/api/tickets/${ticketId}/attachments`, {
      multipart: { files: { name: "fake.png", mimeType: "image/png", buffer: fakePng } },
    });
    expect(forged.status()).toBe(400);
    expect(await forged.json()).toMatchObject({ problem: "wrong_type", fileName: "fake.png" });

    const download = await anna.request.get((await link.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff" });
    expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(Buffer.compare(await download.body(), png)).toBe(0);

    // Someone else's session cannot fetch it.
    const other = await as(browser, "admin");
    expect((await other.request.get((await link.getAttribute("href"))!)).status()).toBe(404);
  });

  test("the dispatcher rejects a ticket after confirming, with a reason the customer reads", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const anna = await as(browser, "subscriber");
    const ticketId = await report(anna, `My own laptop's Wi-Fi is broken (${testInfo.project.name} run ${Date.now()}).`);

    const dispatcher = await as(browser, "dispatcher");
    await dispatcher.goto(`/staff/tickets/${ticketId}`);
    await dispatcher.getByRole("button", { name: "Reject the ticket" }).click();
    const dialog = dispatcher.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const reason = `The fault is in the customer's own laptop (${testInfo.project.name}).`;
    await dialog.getByLabel("Reason (the customer sees it)").fill(reason);
    await dialog.getByRole("button", { name: "Yes, reject it" }).click();
    await expect(dispatcher.getByRole("status").filter({ hasText: "The ticket was rejected." })).toBeVisible(afterChange);
    await expect(dispatcher.getByRole("button", { name: "Reject the ticket" })).toBeHidden(afterChange);

    await anna.goto(`/tickets/${ticketId}`);
    await expect(anna.getByRole("list").filter({ hasText: reason })).toBeVisible(afterChange);
    await expect(anna.getByRole("main")).toContainText("Rejected");
  });
});
