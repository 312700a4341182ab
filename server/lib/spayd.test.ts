import jsQR from "jsqr";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrMatrix, qrRuns } from "./qr";
import { isValidIban, spaydAmount, spaydPayload, variableSymbolOf, type SpaydInput } from "./spayd";

const IBAN = "CZ65 0800 0000 1920 0014 5399";
const annaOctober: SpaydInput = {
  iban: IBAN,
  bic: "GIBACZPX",
  amountMinor: 123456,
  currency: "CZK",
  variableSymbol: variableSymbolOf("BA-100001/2026-10"),
  dueDate: "2026-11-15",
  message: "BA-100001/2026-10",
};

/** A reader's view of SPAYD: header, then KEY:value fields with uppercase keys, each key once. */
function parseSpayd(text: string): Record<string, string> {
  const [head, version, ...parts] = text.split("*");
  expect(`${head}*${version}*`).toBe("SPD*1.0*");
  const fields: Record<string, string> = {};
  for (const part of parts) {
    const at = part.indexOf(":");
    const key = part.slice(0, at);
    expect(key).toMatch(/^[A-Z][A-Z-]*$/);
    expect(fields).not.toHaveProperty(key);
    fields[key] = part.slice(at + 1);
  }
  return fields;
}

/** The code as a scanner sees it: black modules on white, 4 px each, inside a 4-module quiet zone. */
function decodeQr(text: string): string | undefined {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const scale = 4;
  const side = (modules.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - 4;
      const my = Math.floor(y / scale) - 4;
      if (mx < 0 || my < 0 || mx >= modules.size || my >= modules.size || !modules.get(my, mx)) continue;
      pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe("SPAYD payload", () => {
  it("describes a bill's payment field by field", () => {
    expect(spaydPayload(annaOctober)).toBe(
      "SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:1234.56*CC:CZK*X-VS:1000012610*DT:20261115*MSG:BA-100001/2026-10",
    );
    expect(spaydPayload({ ...annaOctober, bic: undefined, message: undefined })).toBe(
      "SPD*1.0*ACC:CZ6508000000192000145399*AM:1234.56*CC:CZK*X-VS:1000012610*DT:20261115",
    );
  });

  it("writes amounts with a dot and two decimals, and refuses what SPAYD cannot carry", () => {
    expect(spaydAmount(123456)).toBe("1234.56");
    expect(spaydAmount(5)).toBe("0.05");
    expect(spaydAmount(100)).toBe("1.00");
    expect(spaydAmount(999_999_999)).toBe("9999999.99");
    expect(() => spaydAmount(1_000_000_000)).toThrow();
    expect(() => spaydAmount(0)).toThrow();
    expect(() => spaydAmount(12.5)).toThrow();
  });

  it("never lets a star through into a value, and keeps the message to 60 characters", () => {
    const fields = parseSpayd(spaydPayload({ ...annaOctober, message: "a*b**c\n" + "x".repeat(80) }));
    expect(fields.MSG).not.toContain("*");
    expect(fields.MSG).toMatch(/^a b c x+$/);
    expect(fields.MSG!.length).toBeLessThanOrEqual(60);
  });

  it("refuses an invalid account, currency, symbol or date rather than print a wrong code", () => {
    expect(() => spaydPayload({ ...annaOctober, iban: "CZ66 0800 0000 1920 0014 5399" })).toThrow(/IBAN/);
    expect(() => spaydPayload({ ...annaOctober, bic: "NOPE" })).toThrow(/BIC/);
    expect(() => spaydPayload({ ...annaOctober, currency: "Kč" })).toThrow();
    expect(() => spaydPayload({ ...annaOctober, variableSymbol: "12345678901" })).toThrow();
    expect(() => spaydPayload({ ...annaOctober, dueDate: "15.11.2026" })).toThrow();
  });

  it("is what a scanner reads from the QR code, and parses back into the bill's fields", () => {
    const payload = spaydPayload({ ...annaOctober, message: "Vyúčtování BA-100001/2026-10" });
    const decoded = decodeQr(payload);
    expect(decoded).toBe(payload);
    expect(parseSpayd(decoded!)).toEqual({
      ACC: "CZ6508000000192000145399+GIBACZPX",
      AM: "1234.56",
      CC: "CZK",
      "X-VS": "1000012610",
      DT: "20261115",
      MSG: "Vyúčtování BA-100001/2026-10",
    });
  });

  it("draws every dark module exactly once as runs", () => {
    const matrix = qrMatrix(spaydPayload(annaOctober));
    let dark = 0;
    for (let y = 0; y < matrix.size; y++) for (let x = 0; x < matrix.size; x++) dark += Number(matrix.dark(x, y));
    expect(qrRuns(matrix).reduce((s, r) => s + r.width, 0)).toBe(dark);
  });
});

describe("variable symbol", () => {
  it("keeps the account's digits and the month of a bill number, dropping the century to fit 10 digits", () => {
    expect(variableSymbolOf("BA-100001/2026-10")).toBe("1000012610");
    expect(variableSymbolOf("BA-200001/2026-10")).toBe("2000012610");
    expect(variableSymbolOf("BA-100001/2026-11")).toBe("1000012611");
  });

  it("takes a number's digits, and the rightmost 10 when there are more", () => {
    expect(variableSymbolOf("INV-2026-000123")).toBe("2026000123");
    expect(variableSymbolOf("BA-G7-0000123-1/2026-10")).toBe("0012312610");
    expect(() => variableSymbolOf("CN-A")).toThrow();
  });
});

describe("IBAN check digits", () => {
  it("accepts valid IBANs with or without spaces", () => {
    expect(isValidIban(IBAN)).toBe(true);
    expect(isValidIban("CZ6508000000192000145399")).toBe(true);
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
  });

  it("rejects a wrong check digit, a swapped digit and garbage", () => {
    expect(isValidIban("CZ66 0800 0000 1920 0014 5399")).toBe(false);
    expect(isValidIban("CZ65 0800 0000 1920 0014 5393")).toBe(false);
    expect(isValidIban("CZ65 0800 0000 1920 0041 5399")).toBe(false);
    expect(isValidIban("not an iban")).toBe(false);
    expect(isValidIban("")).toBe(false);
  });
});
