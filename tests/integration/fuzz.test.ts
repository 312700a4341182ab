// Hostile-input fuzzing of every procedure of appRouter, found by walking the router (no hand list:
// a new procedure is covered the day it is added). Inputs are shaped from the procedure's own zod
// schema where it has one, then broken: wrong types, huge and strange strings, missing and extra
// fields, prototype keys, deep nesting. The server may refuse, but never with INTERNAL_SERVER_ERROR,
// and a validation refusal names the field at fault.
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError, type ZodType } from "zod";
import { appRouter, createCaller } from "~/server/api/root";
import { protectedProcedure, type Context } from "~/server/api/trpc";
import { DomainError } from "~/server/lib/errors";
import { callPath, clientShape, contextFor, createHousehold } from "~/tests/kit";

// Generated inputs per procedure and caller (the fixed examples come on top).
const RUNS = 500;
// A procedure without an input schema (dashboard.get) does its whole read for every input: ~500 × 70 ms.
const PROPERTY_TIMEOUT_MS = 180_000;

// ── hostile values ─────────────────────────────────────────────────────────────────────────────────

const nasty = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "💥🔥👩‍👩‍👧‍👦🏳️‍🌈",
  "שָׁלוֹם\u200F",
  "مرحبا",
  "Z̷̢̛a̶l̸g̵o̴",
  "\uD800",
  "\uDFFF",
  '\'; DROP TABLE "User"; --',
  "%",
  "_",
  "\\",
  "%_\\%",
  "{fields}",
  "{0}",
  "${7*7}",
  "<script>alert(1)</script>",
  "null",
  "undefined",
  "NaN",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "+420 777 123 456",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
];
const hugeStrings = ["x".repeat(100_000), "😀".repeat(50_000), "\u0000".repeat(100_000), "a ".repeat(60_000)];

/** Text built from the characters that break things, mixed with ordinary graphemes. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "\u0000",
      "\u0007",
      "\u200B",
      "\u202E",
      "\u200F",
      "\uFEFF",
      "\uD800",
      "😀",
      "👩‍👩‍👧",
      "ש",
      "%",
      "_",
      "\\",
      "'",
      '"',
      "{",
      "}",
      " ",
    ),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nasty) },
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(), // NaN, ±Infinity, -0 included
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-320),
);
const deeplyNested = fc.integer({ min: 50, max: 5_000 }).map((depth) => {
  let node: unknown = "bottom";
  for (let i = 0; i < depth; i++) node = i % 2 ? { a: node } : [node];
  return node;
});
const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withTypedArray: true,
});
const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(anyValue, { maxLength: 4 }),
  fc.dictionary(hostileString, anyValue, { maxKeys: 4 }),
  deeplyNested,
);

const isObjectInput = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
const protoKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"] as const;
/** `o[k] = v` would set the prototype for "__proto__"; an own property is what JSON.parse produces. */
function withOwnKeys(base: unknown, extra: [string, unknown][]) {
  const o = base !== null && typeof base === "object" && !Array.isArray(base) ? base : {};
  for (const [k, v] of extra) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}
const pollutionPayload = fc.constantFrom<unknown>(
  { polluted: "yes" },
  { prototype: { polluted: "yes" } },
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  "polluted",
);

// ── values shaped by the zod schema ────────────────────────────────────────────────────────────────

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** A value that often passes the schema; the hostile mix comes on top. */
function plausible(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return def.format === "uuid"
        ? fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileString })
        : fc.oneof(hostileString, fc.constantFrom("Jana Nováková", "+420 777 123 456", "en", "a"));
    case "number":
      return fc.oneof(fc.integer({ min: -2, max: 120 }), fc.constantFrom(1, 20, 100, 100_000));
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return fc.oneof(plausible(def.innerType, depth), fc.constantFrom(undefined, null));
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((o) => plausible(o, depth)));
    case "pipe":
      return plausible(def.in, depth);
    case "array":
      return fc.array(plausible(def.element, depth + 1), { maxLength: 3 });
    case "object":
      return depth > 4 ? fc.constant({}) : objectFor(schema, depth + 1);
    default:
      return anyValue;
  }
}

/** Each field plausible or hostile; any field may be missing; sometimes extra and prototype keys. */
function objectFor(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const shape = defOf(schema).shape as Record<string, unknown>;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([k, field]) => [
      k,
      fc.oneof({ weight: 3, arbitrary: plausible(field, depth) }, { weight: 2, arbitrary: wrongType }),
    ]),
  );
  const extra = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...protoKeys),
        hostileString.filter((s) => s.length < 200),
      ),
      fc.oneof(anyValue, pollutionPayload),
    ),
    {
      maxLength: 3,
    },
  );
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.oneof({ weight: 3, arbitrary: fc.constant<[string, unknown][]>([]) }, { weight: 1, arbitrary: extra }),
    )
    .map(([base, more]) => withOwnKeys({ ...base }, more));
}

function inputFor(schema: ZodType | undefined): fc.Arbitrary<unknown> {
  const shaped = schema && defOf(schema).type === "object" ? objectFor(schema) : schema ? plausible(schema) : fc.constant(undefined);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: wrongType },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 1, arbitrary: anyValue },
    {
      weight: 1,
      arbitrary: fc.tuple(shaped, fc.constantFrom(...protoKeys), pollutionPayload).map(([base, k, v]) => withOwnKeys(base, [[k, v]])),
    },
  );
}

// ── fixed examples: a valid input, then one field at a time replaced by a known troublemaker ─────────

const killerStrings = [
  "\u0000",
  "a\u0000b",
  "x".repeat(100_000),
  "\u202Egnp.exe",
  "\u200B",
  "👩‍👩‍👧‍👦",
  "\uD800",
  "   ",
  '\'; DROP TABLE "User"; --',
  "%_\\",
];
const killerNumbers = [NaN, Infinity, -Infinity, -0, 1.5, -1, 2 ** 53 + 2, Number.MAX_VALUE];
const cleanConstants = ["Jana Nováková", "+420 777 123 456", "a", "00000000-0000-4000-8000-000000000000", 1, 20, true, false, ""];

/** Enum and literal values anywhere inside a schema. */
function valuesIn(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (def.type === "enum") return Object.values(def.entries as Record<string, unknown>);
  if (def.type === "literal") return def.values as unknown[];
  const inner = [def.innerType, def.in, ...((def.options as unknown[]) ?? [])].filter(Boolean);
  return inner.flatMap(valuesIn);
}

/** A clean value the schema accepts (present when possible), or null when none of the candidates fits. */
function canonical(schema: ZodType): { value: unknown } | null {
  const def = defOf(schema);
  if (def.type === "object") {
    const fields = Object.entries(def.shape as Record<string, ZodType>).map(([k, f]) => [k, canonical(f)] as const);
    if (fields.some(([, c]) => c === null)) return null;
    const value = Object.fromEntries(fields.filter(([, c]) => c!.value !== undefined).map(([k, c]) => [k, c!.value]));
    return schema.safeParse(value).success ? { value } : null;
  }
  const candidates = [...valuesIn(schema), ...cleanConstants, null, undefined];
  const hit = candidates.find((c) => schema.safeParse(c).success);
  return hit === undefined && !schema.safeParse(undefined).success ? null : { value: hit };
}

function examplesFor(schema: ZodType | undefined): unknown[] {
  if (!schema) return [undefined, null, {}];
  const base = canonical(schema);
  if (!base || !isObjectInput(base.value)) return base ? [base.value] : [];
  const valid = base.value as Record<string, unknown>;
  const keys = Object.keys(defOf(schema).shape as object);
  return [
    valid,
    ...keys.flatMap((k) => {
      const replacements = typeof valid[k] === "string" ? killerStrings : typeof valid[k] === "number" ? killerNumbers : [];
      return replacements.map((v) => ({ ...valid, [k]: v }));
    }),
    ...keys.map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    ...protoKeys.map((k) => withOwnKeys({ ...valid }, [[k, { polluted: "yes" }]])),
  ];
}

// ── the walk ───────────────────────────────────────────────────────────────────────────────────────

type AnyProcedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: ZodType[]; middlewares: unknown[] } };
// Flat at runtime (dotted path → procedure), though typed as the nested record.
const procedureByPath = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const procedures = Object.entries(procedureByPath).sort(([a], [b]) => a.localeCompare(b));

// Built on protectedProcedure (customer, enterprise-admin and staff builders all are) = has its sign-in check.
const signInCheck = (protectedProcedure as unknown as AnyProcedure)._def.middlewares.at(-1);
const requiresSignIn = (p: AnyProcedure) => p._def.middlewares.includes(signInCheck);

const call = (ctx: Context, path: string, input: unknown) => callPath(createCaller(ctx), path, input);

const describeValue = (v: unknown) => {
  try {
    const text = JSON.stringify(v, (_k, x) =>
      typeof x === "bigint" ? `${x}n` : typeof x === "string" && x.length > 60 ? `${x.slice(0, 60)}…(${x.length})` : x,
    );
    return (text ?? String(v)).slice(0, 400);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

/** Throws (failing the property) when the refusal is not an acceptable one. */
function checkRefusal(error: unknown, path: string, type: "query" | "mutation", input: unknown, anonymous: boolean, isPublic: boolean) {
  if (!(error instanceof TRPCError)) throw new Error(`${path}: threw a non-tRPC error ${String(error)}`);
  if (error.code === "INTERNAL_SERVER_ERROR") {
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : "";
    throw new Error(`${path}: INTERNAL_SERVER_ERROR "${error.message}" ${cause} for input ${describeValue(input)}`);
  }
  if (anonymous && !isPublic && error.code !== "UNAUTHORIZED")
    throw new Error(`${path}: anonymous got ${error.code}, expected UNAUTHORIZED`);
  if (error.code !== "BAD_REQUEST") return;

  const shape = clientShape(error, path, type);
  if (error.cause instanceof ZodError) {
    const issues = error.cause.issues;
    const namesField = issues.some((i) => i.path.length > 0 || (i.code === "unrecognized_keys" && i.keys.length > 0));
    if (!namesField && isObjectInput(input))
      throw new Error(`${path}: validation error names no field: ${JSON.stringify(issues).slice(0, 300)}`);
    if (shape.data.fields.length === 0) throw new Error(`${path}: formatted validation error has no fields`);
    if (!shape.message.startsWith("Invalid input")) throw new Error(`${path}: unexpected validation message "${shape.message}"`);
  } else if (error.cause instanceof DomainError) {
    if (shape.data.fields.length === 0) throw new Error(`${path}: domain VALIDATION error names no field ("${error.message}")`);
  } else {
    throw new Error(`${path}: BAD_REQUEST without a validation cause: "${error.message}"`);
  }
}

let signedIn: Context;
let anonymous: Context;
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  const subscriber = await createHousehold();
  signedIn = await contextFor(subscriber);
  anonymous = await contextFor(null);
});

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), "Object.prototype was polluted").toEqual(prototypeKeysBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// Procedures are fuzzed side by side (vitest's maxConcurrency at a time): each one's runs are sequential (fast-check
// shrinks a failure), but most of a call's time is waiting on PostgreSQL, so several procedures share the cores.
describe.concurrent("fuzz: every procedure of appRouter under hostile input", () => {
  it("walks a non-empty router and tells public from protected procedures", () => {
    expect(procedures.length).toBeGreaterThan(0);
    expect(requiresSignIn(procedureByPath["me.get"]!)).toBe(true);
    expect(requiresSignIn(procedureByPath["services.list"]!)).toBe(true);
    expect(requiresSignIn(procedureByPath["devMailbox.list"]!)).toBe(false);
  });

  for (const [path, procedure] of procedures) {
    const { type, inputs } = procedure._def;
    if (type === "subscription") continue;
    const arbitrary = inputFor(inputs[0]);
    const examples = examplesFor(inputs[0]).map((e) => [e] as [unknown]);
    const isPublic = !requiresSignIn(procedure);

    describe(path, () => {
      it(
        "never fails with INTERNAL_SERVER_ERROR for a signed-in subscriber, and names the field it refuses",
        async () => {
          await fc.assert(
            fc.asyncProperty(arbitrary, async (input) => {
              try {
                await call(signedIn, path, input);
              } catch (error) {
                checkRefusal(error, path, type, input, false, true);
              }
            }),
            { numRuns: RUNS, examples },
          );
        },
        PROPERTY_TIMEOUT_MS,
      );

      it(
        "never fails with INTERNAL_SERVER_ERROR for an anonymous caller, and never answers one unless public",
        async () => {
          await fc.assert(
            fc.asyncProperty(arbitrary, async (input) => {
              try {
                await call(anonymous, path, input);
              } catch (error) {
                checkRefusal(error, path, type, input, true, isPublic);
                return;
              }
              if (!isPublic) throw new Error(`${path}: answered an anonymous caller`);
            }),
            { numRuns: RUNS },
          );
        },
        PROPERTY_TIMEOUT_MS,
      );
    });
  }
});
