import { createRequire } from "node:module";
import { defineProject } from "vitest/config";

export default defineProject({
  // The browser tests run the API in-process: its sources must get the copy of graphql its dependencies
  // (graphql-tools, yoga) load, the CommonJS one, as packages/functions/vitest.config.ts explains.
  resolve: {
    alias: [
      {
        find: /^graphql$/,
        replacement: createRequire(new URL("../functions/package.json", import.meta.url)).resolve("graphql"),
      },
    ],
  },
  test: {
    name: "web",
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    // The browser tests serve the built app: build it once per run, before any test file starts.
    globalSetup: ["e2e/build-web-app.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
