import type { Catalogue } from "../types";
import type { statements as en } from "./en";

export const statements = {
  title: "Výpisy a potvrzení",
} satisfies Catalogue<typeof en>;
