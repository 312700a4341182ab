// Readers for qs-parsed form parameters: every value arrives as a string (or nested object), never typed.
import qs from "qs";
import { invalidParam, invalidRequest } from "./errors";
import type { Metadata } from "./types";

export type Params = qs.ParsedQs;

export function parseForm(body: string): Params {
  // Stripe nests deeper than qs's default depth of 5 (line_items[0][price_data][product_data][name]).
  return qs.parse(body, { depth: 10, arrayLimit: 1000 });
}

export function optString(params: Params, key: string): string | null {
  const value = params[key];
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") throw invalidRequest(`Invalid string: ${key}`, key);
  return value;
}

export function reqString(params: Params, key: string, paramName = key): string {
  const value = optString(params, key);
  if (value === null) throw invalidParam(paramName);
  return value;
}

export function optInt(params: Params, key: string, paramName = key): number | null {
  const value = optString(params, key);
  if (value === null) return null;
  if (!/^\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, paramName);
  return Number(value);
}

export function child(params: Params, key: string): Params {
  const value = params[key];
  if (value === undefined || value === "") return {};
  if (typeof value !== "object" || value === null) throw invalidRequest(`Invalid object: ${key}`, key);
  return value as Params;
}

export function metadata(params: Params, key = "metadata"): Metadata {
  const out: Metadata = {};
  for (const [k, v] of Object.entries(child(params, key))) {
    if (typeof v !== "string") throw invalidRequest(`Invalid metadata value for ${k}`, `${key}[${k}]`);
    // An empty value unsets a key in Stripe.
    if (v !== "") out[k] = v;
  }
  return out;
}

export function bool(params: Params, key: string): boolean {
  return params[key] === "true";
}

// `expand` arrives as expand[0]=a&expand[1]=b, which qs turns into an array (or an object past arrayLimit).
export function expands(params: Params): string[] {
  const value = params.expand;
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : typeof value === "object" ? Object.values(value) : [value];
  return list.filter((v): v is string => typeof v === "string");
}
