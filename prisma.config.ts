import "dotenv/config";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded here; a stand-in on its WebAssembly build runs instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./scripts/prisma-schema-engine.mjs", import.meta.url));

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/seed.ts" },
  // `generate` needs no database; a placeholder keeps it working before one exists.
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/portal",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
