import { describe, expect, it } from "vitest";
import { assertValidEnv } from "./env";

describe("the environment check next.config.js runs", () => {
  it("accepts what npm start and npm test provide, and no DATABASE_URL at build time", () => {
    expect(() =>
      assertValidEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/portal", AUTH_SECRET: "0123456789abcdef0123456789abcdef" }),
    ).not.toThrow();
    expect(() => assertValidEnv({})).not.toThrow();
  });

  it("refuses a malformed setting, naming it", () => {
    expect(() => assertValidEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
    expect(() => assertValidEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => assertValidEnv({ AUTH_SECRET: "sixteen-chars-xx" })).toThrow(/AUTH_SECRET/);
    expect(() => assertValidEnv({ CERTIFICATE_SECRET: "short" })).toThrow(/CERTIFICATE_SECRET/);
    expect(() => assertValidEnv({ OPERATOR_IBAN: "CZ66 0800 0000 1920 0014 5399" })).toThrow(/OPERATOR_IBAN/);
    expect(() => assertValidEnv({ OPERATOR_BIC: "GIBA" })).toThrow(/OPERATOR_BIC/);
    expect(() => assertValidEnv({ OPERATOR_IBAN: "DE89 3704 0044 0532 0130 00", OPERATOR_BIC: "" })).not.toThrow();
  });
});
