// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

// The environment's one schema (server/env.ts), checked here so an invalid setting fails the build.
require("tsx/cjs/api").require("./server/env.ts", __filename).assertValidEnv();

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden(): a role the person lacks gets a "not available" page with status 403, not the error boundary.
  experimental: { authInterrupts: true },
  // Server-only packages with native or wasm parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-boss", "@prisma/adapter-pg", "nodemailer"],
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // No other window keeps a handle on ours (the Stripe checkout opens in the same tab, not a pop-up).
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
