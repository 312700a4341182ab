// JSON Schema validation against a spec document's definitions (Swagger 2.0: draft-04 style schemas under
// #/definitions). One Ajv per document, compiled lazily per definition.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

export type SpecDocument = { basePath: string; definitions: Record<string, unknown> } & Record<string, unknown>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function specValidator(spec: SpecDocument) {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat("date-time", (v: string) => ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
  ajv.addFormat("uri", (v: string) => /^[a-z][a-z0-9+.-]*:|^\//i.test(v));
  ajv.addSchema({ definitions: spec.definitions }, "spec");
  const compiled = new Map<string, ValidateFunction>();
  const of = (definition: string) => {
    let v = compiled.get(definition);
    if (!v) {
      if (!(definition in spec.definitions)) throw new Error(`no definition ${definition}`);
      v = ajv.compile({ $ref: `spec#/definitions/${definition}` });
      compiled.set(definition, v);
    }
    return v;
  };
  return {
    /** null when valid, else the first problem in words ("/relatedParty/0 must have required property 'id'"). */
    problem(definition: string, value: unknown): string | null {
      const v = of(definition);
      return v(value) ? null : describe(v.errors ?? []);
    },
  };
}

const describe = (errors: ErrorObject[]) =>
  errors
    .slice(0, 3)
    .map((e) => `${e.instancePath || "body"} ${e.message ?? "is invalid"}`)
    .join("; ");
