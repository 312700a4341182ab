// What a facade is made of: collections of one TMF API, each with the operations it offers, and the
// context every operation gets (the systems, the calling client, the instant, the API's base URL).
import type { Deps } from "~/server/container";
import type { ApiCaller } from "../clients/api-clients.repository";
import type { ListQuery, TmfResource } from "./query";
import type { SpecDocument } from "./spec-schemas";

export type TmfContext = {
  deps: Deps;
  caller: ApiCaller;
  now: Date;
  /** The API's root as the client reached it, e.g. https://host/tmf-api/troubleTicket/v4 */
  base: string;
  /** Idempotency-Key of the request, when the client sent one (a retried POST then returns the first result). */
  idempotencyKey: string | null;
};

export type JsonObject = Record<string, unknown>;

export interface TmfCollection {
  /** What an id of this collection looks like (default a UUID); anything else is 404 without a lookup. */
  idPattern?: RegExp;
  /** Every object the caller may see that can match the query (the kit filters, projects and pages). */
  list?(ctx: TmfContext, query: ListQuery): Promise<TmfResource[]>;
  /** null when absent or outside the caller's scope: 404 either way. */
  get?(ctx: TmfContext, id: string): Promise<TmfResource | null>;
  /** Definition of the spec the body must satisfy, e.g. TroubleTicket_Create. */
  createSchema?: string;
  create?(ctx: TmfContext, body: JsonObject): Promise<TmfResource>;
  patchSchema?: string;
  /** A JSON merge patch; null when the object is absent or outside the caller's scope. */
  patch?(ctx: TmfContext, id: string, patch: JsonObject): Promise<TmfResource | null>;
}

export type TmfApi = { spec: SpecDocument; collections: Record<string, TmfCollection> };

/** An object's own link. */
export const hrefOf = (ctx: Pick<TmfContext, "base">, collection: string, id: string) => `${ctx.base}/${collection}/${id}`;

/** The three attributes every resource carries. */
export const identityOf = (ctx: Pick<TmfContext, "base">, collection: string, type: string, id: string) => ({
  id,
  href: hrefOf(ctx, collection, id),
  "@type": type,
});
