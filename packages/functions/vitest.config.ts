import { createRequire } from "node:module";
import { defineProject } from "vitest/config";

export default defineProject({
  // graphql 16 ships CommonJS (main) and ESM (module) copies. Node loads the CommonJS one for graphql-tools and
  // Yoga; Vite would hand our sources the ESM one, and two copies of graphql refuse each other's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }] },
  test: {
    name: "functions",
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The Lambda runtime is Node 22; the SDK's notice about Node 20 here is known and only noise.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
