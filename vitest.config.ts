// Two projects: `unit` (pure, no database) and `integration` (the real router over a real PostgreSQL).
// `npm test` (scripts/test.ts) provides DATABASE_URL, AUTH_SECRET and CERTIFICATE_SECRET; nothing else is read from the environment.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "~": root } },
  test: {
    environment: "node",
    env: {
      NODE_ENV: "test",
      // A default so a plain `npx vitest run` works; scripts/test.ts passes a random one.
      AUTH_SECRET: process.env.AUTH_SECRET ?? "vitest-auth-secret-0123456789abcdef",
      CERTIFICATE_SECRET: process.env.CERTIFICATE_SECRET ?? "vitest-certificate-secret-0123456789",
      // The dev mailbox is a development aid; tests pin it off so a developer's shell cannot change results.
      DEV_MAILBOX: "",
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          // *.int.test.ts beside the code they test need the database: they run with the integration project.
          exclude: ["tests/**", "node_modules/**", "e2e/**", "**/*.int.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "server/**/*.int.test.ts", "prisma/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          // One database shared by every suite: files run one after another, and only after the unit
          // project, whose DB-backed tests (seed, jobs: housekeeping deletes by age) must not overlap them.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: ["tests/kit/global-setup.ts"],
          // next-auth reads the request through next/headers: inlined, a route-handler test can stand in for the request.
          server: { deps: { inline: ["next-auth"] } },
          setupFiles: ["tests/kit/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
