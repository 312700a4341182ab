import type { Catalogue } from "../types";
import type { statements as en } from "./en";

export const statements = {
  title: "Выписки и справки",
} satisfies Catalogue<typeof en>;
