import type { Catalogue } from "../types";
import type { usage as en } from "./en";

export const usage = {
  title: "用量",
} satisfies Catalogue<typeof en>;
