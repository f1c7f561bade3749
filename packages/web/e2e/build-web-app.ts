import { fileURLToPath } from "node:url";
import { build } from "vite";

const webRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * The browser tests drive the app the local host serves from packages/web/dist, so that must be the
 * app as the sources are now: built once per run, before any test file starts.
 */
export default async function buildWebApp() {
  // Vitest sets NODE_ENV=test, which Vite would honour with React's development build; test what ships.
  const nodeEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: webRoot,
      configFile: `${webRoot}/vite.config.ts`,
      mode: "production",
      logLevel: "warn",
    });
  } finally {
    if (nodeEnvironment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnvironment;
  }
}
