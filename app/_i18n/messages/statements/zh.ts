import type { Catalogue } from "../types";
import type { statements as en } from "./en";

export const statements = {
  title: "对账单和证明",
} satisfies Catalogue<typeof en>;
