// @ts-check
// Import boundaries of ARCHITECTURE.md, enforced: transport imports domain, never the reverse.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const noTransport = [
  { group: ["@trpc/server", "@trpc/server/*"], message: "Use cases stay transport-free: throw DomainError instead." },
  { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "Use cases must not depend on Next.js." },
  { group: ["~/app/*"], message: "The server never imports the app layer." },
];
const noPrisma = [{ group: ["~/server/db/*", "@prisma/*"], message: "Prisma stays in repositories, gateways, server/db and jobs." }];

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "server/db/generated/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        WebAssembly: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        __filename: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Prettier wraps code at 140; this catches what it cannot wrap (strings, comments, SQL).
      "max-len": ["error", { code: 140, ignoreUrls: true }],
    },
  },
  { files: ["server/modules/**/*.service.ts", "server/modules/**/use-cases/*.ts", "server/lib/**"], rules: restrict(noTransport) },
  { files: ["server/modules/**/*.router.ts"], rules: restrict(noPrisma) },
  {
    files: ["app/**/*.tsx", "app/**/*.ts"],
    ignores: ["app/api/**"],
    rules: restrict([
      ...noPrisma,
      { group: ["~/server/modules/*/*.repository", "~/server/gateways/*"], message: "Pages go through the tRPC router." },
    ]),
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["server/env.ts", "scripts/**", "e2e/**", "playwright.config.ts", "vitest.config.ts", "prisma.config.ts", "tests/**"],
    rules: { "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings from ~/server/env." }] },
  },
);
