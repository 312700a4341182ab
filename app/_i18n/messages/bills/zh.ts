import type { Catalogue } from "../types";
import type { bills as en } from "./en";

export const bills = {
  title: "账单",
} satisfies Catalogue<typeof en>;
