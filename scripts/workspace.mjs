#!/usr/bin/env node
// Runs a workspace task on a machine that has only Node and npm: it brings the pinned pnpm (through npx
// when pnpm is not installed), installs the locked dependencies, then runs the task with pnpm.
// Usage: node scripts/workspace.mjs <task> [arguments…]   (what `npm start` and `npm test` call)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const pnpmVersion = "12.4.2";
const [task, ...taskArguments] = process.argv.slice(2);
if (!task) {
  console.error("usage: node scripts/workspace.mjs <task> [arguments…]");
  process.exit(2);
}

const environment = { ...process.env };
// better-sqlite3 compiles from source here; node-gyp needs the local Node headers, which npm knows about
// but pnpm does not read from .npmrc.
if (!environment.npm_config_nodedir) {
  try {
    const nodedir = execFileSync("npm", ["config", "get", "nodedir"], { encoding: "utf8" }).trim();
    if (nodedir && nodedir !== "undefined" && nodedir !== "null") environment.npm_config_nodedir = nodedir;
  } catch {
    // No npm config: node-gyp falls back to its own header lookup.
  }
}

const installedPnpm = spawnSync("pnpm", ["--version"], { encoding: "utf8", env: environment });
const pnpm =
  installedPnpm.status === 0 && installedPnpm.stdout.trim() === pnpmVersion
    ? ["pnpm"]
    : ["npx", "--yes", `pnpm@${pnpmVersion}`];

const run = (commandArguments) => {
  const [command, ...rest] = [...pnpm, ...commandArguments];
  const result = spawnSync(command, rest, { stdio: "inherit", env: environment });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/**
 * The browser tests drive Debian's Chromium: test tools cannot download browsers of their own here. As root
 * with apt (this project's machines and CI), the test task installs it when it is missing.
 */
function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error("The browser tests need Chromium at /usr/bin/chromium (Debian: apt-get install chromium).");
    process.exit(1);
  }
  console.error("Installing Chromium for the browser tests (apt-get)…");
  const apt = (args) => {
    const result = spawnSync("apt-get", args, {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...environment, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  };
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium", "fonts-dejavu-core"]);
}

if (task === "check") ensureChromium();
run(["install", "--frozen-lockfile", "--reporter=append-only"]);
run(["run", task, ...taskArguments]);
