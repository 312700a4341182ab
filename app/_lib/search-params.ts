/** Reading URL search params of list pages: anything unexpected falls back to the default. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const param = (sp: SearchParams, key: string): string | undefined => {
  const v = sp[key];
  return typeof v === "string" ? v : undefined;
};

export const pageParam = (sp: SearchParams) => {
  const n = Number.parseInt(param(sp, "page") ?? "1", 10);
  return Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1;
};

export const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => values.find((x) => x === v);

/** `path?k=v` without empty values. */
export function hrefWith(path: string, params: Record<string, string | number | undefined>) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
