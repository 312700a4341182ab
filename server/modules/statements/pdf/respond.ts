// What the PDF download routes share with the renderers.
import type { Translate } from "./format";

/** next-intl's typed translator, used with keys built at run time. */
export const asTranslate = (t: unknown): Translate => t as Translate;
