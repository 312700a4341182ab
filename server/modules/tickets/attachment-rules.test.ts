import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkAttachments, checkSizes, sanitiseFileName, sniffType } from "./attachment-rules";

/** A real 1×1 PNG. */
const png = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64"),
);
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const jpeg = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
]);
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...new Array(56).fill(0)]);
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, ...new Array(50).fill(0)]);
const text = new TextEncoder().encode("definitely not a picture, just words");

describe("attachment rules", () => {
  it("tells the allowed types by their bytes", async () => {
    expect(await sniffType(png)).toBe("image/png");
    expect(await sniffType(pdf)).toBe("application/pdf");
    expect(await sniffType(jpeg)).toBe("image/jpeg");
    expect(await sniffType(elf)).toBeNull();
    expect(await sniffType(exe)).toBeNull();
    expect(await sniffType(text)).toBeNull();
  });

  it("rejects an executable or text renamed .png, whatever the name says", async () => {
    for (const bytes of [elf, exe, text]) {
      expect(await checkAttachments([{ name: "router.png", bytes }])).toEqual({
        ok: false,
        problem: { problem: "wrong_type", fileName: "router.png" },
      });
    }
  });

  it("accepts a PNG and a PDF with their sniffed types", async () => {
    const got = await checkAttachments([
      { name: "router.png", bytes: png },
      { name: "contract.pdf", bytes: pdf },
    ]);
    expect(got.ok && got.files.map((f) => [f.fileName, f.contentType])).toEqual([
      ["router.png", "image/png"],
      ["contract.pdf", "application/pdf"],
    ]);
  });

  it("allows 5 MB per file and 5 files per action, not a byte or a file more", async () => {
    const atLimit = new Uint8Array(ATTACHMENT_MAX_BYTES);
    atLimit.set(png);
    expect((await checkAttachments([{ name: "big.png", bytes: atLimit }])).ok).toBe(true);
    const over = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    over.set(png);
    expect(await checkAttachments([{ name: "big.png", bytes: over }])).toEqual({
      ok: false,
      problem: { problem: "too_big", fileName: "big.png" },
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, bytes: png }));
    expect(await checkAttachments(six)).toEqual({ ok: false, problem: { problem: "too_many", fileName: null } });
    expect((await checkAttachments(six.slice(0, 5))).ok).toBe(true);
    expect(checkSizes([])).toEqual({ problem: "missing", fileName: null });
    expect(checkSizes([{ name: "void.png", size: 0 }])).toEqual({ problem: "empty", fileName: "void.png" });
  });

  it("keeps only a safe, short name that ends as its type does", () => {
    expect(sanitiseFileName("../../etc/passwd.png", "image/png")).toBe("passwd.png");
    expect(sanitiseFileName("C:\\Users\\anna\\router.PNG", "image/png")).toBe("router.png");
    expect(sanitiseFileName("bad\u0000na\u202eme\n.jpg", "image/jpeg")).toBe("badname.jpg");
    expect(sanitiseFileName("invoice.exe", "application/pdf")).toBe("invoice.exe.pdf");
    expect(sanitiseFileName("...", "image/webp")).toBe("attachment.webp");
    const long = sanitiseFileName(`${"a".repeat(300)}.jpeg`, "image/jpeg");
    expect(long).toHaveLength(200);
    expect(long.endsWith(".jpeg")).toBe(true);
  });
});
