// The TMF documents are TM Forum's own (Apache License 2.0), kept beside the project (TMF_SPECS_DIR, by default
// ../shared/tmf-specs) and read once on first use. Without them the facades cannot check bodies or serve their
// document: they answer 503 then, and the rest of the portal is untouched.
import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "~/server/env";
import type { SpecDocument } from "./spec-schemas";
import { TmfError } from "./tmf-error";

const loaded = new Map<string, SpecDocument>();

export function loadSpec(file: string): SpecDocument {
  const known = loaded.get(file);
  if (known) return known;
  const where = path.resolve(process.cwd(), env.TMF_SPECS_DIR, file);
  let spec: SpecDocument;
  try {
    spec = JSON.parse(readFileSync(where, "utf8")) as SpecDocument;
  } catch {
    throw new TmfError(503, "UNAVAILABLE", "Service unavailable", `the API document ${file} is not installed (TMF_SPECS_DIR)`);
  }
  loaded.set(file, spec);
  return spec;
}
