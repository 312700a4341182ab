import { z } from "zod";

export const PageInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type PageInput = z.infer<typeof PageInput>;

/** The wire shape of a Page<T>, for a procedure's output. */
export const PageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() });

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; pageCount: number };

export const skipTake = ({ page, pageSize }: PageInput) => ({ skip: (page - 1) * pageSize, take: pageSize });

export function toPage<T>(items: T[], total: number, { page, pageSize }: PageInput): Page<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
