// Runs before every page and API request: a fresh CSP nonce per request, HSTS over https, and the cross-site
// write check (server/lib/security-headers.ts).
import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/server/env";
import { contentSecurityPolicy, isCrossSiteWrite } from "~/server/lib/security-headers";

export function proxy(request: NextRequest) {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (isCrossSiteWrite(request.method, request.headers.get("origin"), host)) {
    return new NextResponse("Cross-site request refused", { status: 403, headers: { "Content-Type": "text/plain" } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // Static files carry no script of ours and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|fonts/).*)" }],
};
