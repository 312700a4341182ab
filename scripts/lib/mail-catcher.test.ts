import nodemailer from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { startMailCatcher, type CaughtMail } from "./mail-catcher";

describe("mail catcher", () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });

  it("hands a message sent over SMTP to onMail", async () => {
    const got: CaughtMail[] = [];
    const catcher = await startMailCatcher({ onMail: async (m) => void got.push(m) });
    stops.push(catcher.stop);
    expect(catcher.url).toBe(`smtp://127.0.0.1:${catcher.port}`);

    await nodemailer.createTransport(catcher.url).sendMail({
      from: "Portal <no-reply@portal.test>",
      to: "subscriber@demo.test",
      bcc: "audit@portal.test",
      subject: "Váš účet — счёт 账单",
      text: "Dobrý den,\nyour bill is ready.",
    });

    expect(got).toEqual([
      {
        from: "no-reply@portal.test",
        to: "subscriber@demo.test, audit@portal.test",
        subject: "Váš účet — счёт 账单",
        text: "Dobrý den,\nyour bill is ready.",
      },
    ]);
  });

  it("derives text from HTML-only mail", async () => {
    const got: CaughtMail[] = [];
    const catcher = await startMailCatcher({ onMail: async (m) => void got.push(m) });
    stops.push(catcher.stop);

    await nodemailer.createTransport(catcher.url).sendMail({
      from: "a@portal.test",
      to: "b@portal.test",
      subject: "html",
      html: "<p>Hello</p><p><a href='https://portal.test/x'>Link</a> &amp; more</p>",
    });

    expect(got.map((m) => m.text)).toEqual(["Hello\n\nLink [https://portal.test/x] & more"]);
  });

  it("refuses the message with a temporary error when onMail fails", async () => {
    const catcher = await startMailCatcher({
      log: () => {},
      onMail: async () => {
        throw new Error("database down");
      },
    });
    stops.push(catcher.stop);

    const sending = nodemailer
      .createTransport(catcher.url)
      .sendMail({ from: "a@portal.test", to: "b@portal.test", subject: "s", text: "t" });
    await expect(sending).rejects.toThrow(/451/);
  });
});
