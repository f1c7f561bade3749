import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Builds the web app before the local host starts, so that `pnpm start` serves the current one.
 * Without a packages/web (an API-only checkout) there is nothing to build, and the host says so.
 */
const webPackage = fileURLToPath(new URL("../../../web/package.json", import.meta.url));

/** The pnpm running this script (it may have come through npx and not be on the PATH), else the one on the PATH. */
function pnpmCommand(): [string, ...string[]] {
  const running = process.env.npm_execpath;
  if (!running || !basename(running).startsWith("pnpm")) return ["pnpm"];
  return /\.[cm]?js$/.test(running) ? [process.execPath, running] : [running];
}

if (!existsSync(webPackage)) {
  console.log("no packages/web: starting the API without a web app");
} else {
  const [command, ...prefix] = pnpmCommand();
  const result = spawnSync(command, [...prefix, "--filter", "@meetstream/web", "build"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) console.error(`could not build the web app: ${result.error.message}`);
  process.exitCode = result.status ?? 1;
}
