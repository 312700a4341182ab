// The visual check every route passes at 390 and 1280 px: nothing wider than the viewport (outside a region that
// scrolls on its own), and no cell of text squeezed below four characters.
import { expect, type Page } from "@playwright/test";

export async function expectFitsViewport(page: Page) {
  const problems = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => {
      const classes = el.classList.length ? `.${[...el.classList].join(".")}` : "";
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes} «${(el.textContent ?? "").trim().slice(0, 30)}»`;
    };
    /** Inside something that scrolls or clips sideways, being wider than the screen is that thing's business. */
    const contained = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
      }
      return false;
    };
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.visibility !== "hidden" && s.display !== "none" && r.width > 0 && r.height > 0;
    };
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el) || el.closest(".visually-hidden")) continue;
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && r.left < width && !contained(el))
        out.push(`wider than the viewport: ${name(el)} (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    const canvas = document.createElement("canvas").getContext("2d")!;
    for (const el of document.body.querySelectorAll("td, th, dd, dt")) {
      const text = (el.textContent ?? "").trim();
      if (text.length < 4 || !visible(el)) continue;
      const s = getComputedStyle(el);
      canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const inner = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      // A short word that fits whole is fine; a cell that breaks its text in a space under four characters is not.
      if (inner + 0.5 < canvas.measureText("0000").width && inner + 0.5 < canvas.measureText(text).width)
        out.push(`text cell narrower than 4 characters: ${name(el)} (${Math.round(inner)} px)`);
    }
    return out;
  });
  expect(problems).toEqual([]);
}
