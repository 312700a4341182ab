import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { listDevMail } from "~/server/modules/devmail/devmail.service";
import { createHousehold, principalOf, rejectionCode, callerAs, testDb, uniq } from "~/tests/kit";

const KEY = "mailbox-key-for-this-suite-0123456789";
const on = { enabled: true, key: KEY };

describe("dev mailbox", () => {
  it("shows a signed-in person only the mail sent to them; everyone's only with the key; nothing to the anonymous", async () => {
    const [anna, petr] = [await createHousehold(), await createHousehold()];
    const subject = `Reset ${uniq()}`;
    await testDb().devMail.createMany({
      data: [
        { from: "no-reply@operator.test", to: anna.email, subject, text: "anna's link" },
        { from: "no-reply@operator.test", to: `x${anna.email}`, subject, text: "a look-alike address" },
        { from: "no-reply@operator.test", to: `someone@kit.test, ${petr.email}`, subject, text: "petr's link" },
      ],
    });
    const deps = depsFor(testDb());
    const subjects = (r: { mails: { subject: string; text: string }[] }) => r.mails.filter((m) => m.subject === subject).map((m) => m.text);

    const own = await listDevMail(deps, await principalOf(anna), {}, on);
    expect(own.scope).toBe("own");
    expect(subjects(own)).toEqual(["anna's link"]);
    expect(subjects(await listDevMail(deps, await principalOf(petr), { key: "a wrong key" }, on))).toEqual(["petr's link"]);

    const none = await listDevMail(deps, null, {}, on);
    expect(none).toEqual({ scope: "none", mails: [] });
    expect(await listDevMail(deps, null, { key: KEY.slice(1) }, on)).toEqual({ scope: "none", mails: [] });
    expect(await listDevMail(deps, null, { key: "x" }, { enabled: true, key: undefined })).toEqual({ scope: "none", mails: [] });

    const all = await listDevMail(deps, null, { key: KEY }, on);
    expect(all.scope).toBe("all");
    expect(subjects(all).sort()).toEqual(["a look-alike address", "anna's link", "petr's link"]);
  });

  it("does not exist while the catcher is off", async () => {
    expect(await rejectionCode((await callerAs(null)).devMailbox.list({ key: KEY }))).toBe("NOT_FOUND");
  });
});
