import { expect, test } from "@playwright/test";
import { goToArea } from "../helpers";
import { stateFile } from "../personas";

test.describe("as the subscriber", () => {
  test.use({ storageState: stateFile("subscriber") });

  test("pages carry a nonce policy and work under it: no script is refused", async ({ page }) => {
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    const response = await page.goto("/bills");
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response?.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    // The account switcher is a client component: it only reacts once the page's scripts ran.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await goToArea(page, "Usage");
    await expect(page).toHaveURL(/\/usage/);
    expect(refused).toEqual([]);
    // A fresh nonce per request.
    const again = (await page.request.get("/bills")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });

  test("a write from another site is refused, with the session cookie and all", async ({ page, baseURL }) => {
    const forged = await page.request.post("/api/trpc/notifications.markAllRead", {
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
      data: {},
    });
    expect(forged.status()).toBe(403);
    const own = await page.request.post("/api/trpc/notifications.markAllRead", {
      headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/json" },
      data: {},
    });
    expect(own.status()).not.toBe(403);
  });

  test("an upload to a ticket that is not yours is refused before its body is read", async ({ page }) => {
    const response = await page.request.post("/api/tickets/00000000-0000-4000-8000-000000000000/attachments", {
      multipart: { files: { name: "photo.png", mimeType: "image/png", buffer: Buffer.alloc(1024) } },
    });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ code: "NOT_FOUND" });
  });

  test("a tRPC batch of more than ten calls is refused whole; ten are answered", async ({ page }) => {
    const batch = (n: number) => `/api/trpc/${Array(n).fill("notifications.unreadCount").join(",")}?batch=1`;
    expect((await page.request.get(batch(11))).status()).toBe(400);
    expect((await page.request.get(batch(10))).status()).toBe(200);
  });
});
