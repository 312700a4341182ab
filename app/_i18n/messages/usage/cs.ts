import type { Catalogue } from "../types";
import type { usage as en } from "./en";

export const usage = {
  title: "Spotřeba",
} satisfies Catalogue<typeof en>;
