import type { Catalogue } from "../types";
import type { bills as en } from "./en";

export const bills = {
  title: "Vyúčtování",
} satisfies Catalogue<typeof en>;
