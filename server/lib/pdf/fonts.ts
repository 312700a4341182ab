// The font files PDFs are drawn with. Noto Sans SC (npm-shipped) draws Chinese, Cyrillic and most Latin
// letters, but not all of Czech (š, č, ř, ž, ů are missing): a string it cannot draw whole is drawn in
// the first fallback face that can, else decomposed (r + combining caron), else without the marks.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

export type Weight = "regular" | "bold";
export type Face = { name: string; postscriptName: string; data: Buffer; has: (codePoint: number) => boolean };
export type FontStack = Record<Weight, Face[]>;

// Route handlers and tests both run with the project root as working directory; a bundler would
// rewrite require.resolve, so the path is built from the root instead.
const fromModules = (file: string) => path.join(process.cwd(), "node_modules", file);

export const fontFiles: { regular: string; bold: string }[] = [
  {
    regular: fromModules("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
    bold: fromModules("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
  },
  // Latin-extended faces, used when present: the first is the npm package, the second a system font.
  {
    regular: fromModules("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
    bold: fromModules("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
  },
  { regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" },
];

function load(file: string, name: string): Face {
  const data = readFileSync(file);
  const font = fontkit.create(data);
  return { name, postscriptName: font.postscriptName, data, has: (cp) => font.hasGlyphForCodePoint(cp) };
}

let stack: FontStack | undefined;

/** Loaded once per process: the files are large (10 MB each) and never change. */
export function fontStack(): FontStack {
  if (stack) return stack;
  const [primary, ...rest] = fontFiles;
  if (!primary || !existsSync(primary.regular)) throw new Error(`PDF font missing: ${primary?.regular}`);
  const faces = [primary, ...rest.filter((f) => existsSync(f.regular) && existsSync(f.bold))];
  stack = {
    regular: faces.map((f, i) => load(f.regular, `regular-${i}`)),
    bold: faces.map((f, i) => load(f.bold, `bold-${i}`)),
  };
  return stack;
}

const covers = (face: Face, text: string) => [...text].every((ch) => /\s/.test(ch) || face.has(ch.codePointAt(0)!));

/** The face to draw `text` with, and the text as that face can draw it. */
export function fit(faces: Face[], raw: string): { face: Face; text: string } {
  // Some locales group digits with a narrow no-break space, which none of the faces have.
  const text = raw.replace(/\u202f/g, "\u00a0");
  const [primary] = faces;
  if (!primary) throw new Error("no PDF font loaded");
  const whole = faces.find((f) => covers(f, text));
  if (whole) return { face: whole, text };
  const drawable = (ch: string) => /\s/.test(ch) || primary.has(ch.codePointAt(0)!);
  const out = [...text].map((ch) => (drawable(ch) ? ch : [...ch.normalize("NFD")].filter(drawable).join(""))).join("");
  return { face: primary, text: out };
}
