import type { Catalogue } from "../types";
import type { usage as en } from "./en";

export const usage = {
  title: "Расход",
} satisfies Catalogue<typeof en>;
