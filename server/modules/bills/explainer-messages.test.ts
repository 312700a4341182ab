import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { bills as cs } from "~/app/_i18n/messages/bills/cs";
import { bills as en } from "~/app/_i18n/messages/bills/en";
import { bills as ru } from "~/app/_i18n/messages/bills/ru";
import { bills as zh } from "~/app/_i18n/messages/bills/zh";

const catalogues = { en, cs, ru, zh } as const;

describe("bill explainer sentences", () => {
  for (const [locale, messages] of Object.entries(catalogues)) {
    it(`say in ${locale} how much usage cost, with the quantities in brackets only when there are any`, () => {
      const t = createTranslator({
        locale: locale as keyof typeof catalogues,
        messages: { bills: messages as typeof en },
        namespace: "bills.explain.reasons",
      });
      for (const kind of ["overage", "roaming", "international"] as const) {
        const values = { service: "Mobile 601", current: "CZK 0.00", previous: "CZK 12.00", usage: "", withUsage: "no" };
        const without = t(kind, values);
        expect(without).toContain("CZK 0.00");
        expect(without).not.toMatch(/\(\s*\)|（\s*）/);
        expect(t(kind, { ...values, usage: "48 min", withUsage: "yes" })).toMatch(/[(（]48 min[)）]/);
      }
    });
  }
});
