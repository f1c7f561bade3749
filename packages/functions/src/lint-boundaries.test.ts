import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const biome = fileURLToPath(new URL("../../../node_modules/.bin/biome", import.meta.url));
const run = promisify(execFile);

interface Linted {
  failed: boolean;
  output: string;
}

/**
 * Writes `source` to a file of its own in `folder` (from the repository root), runs on it the check
 * `pnpm lint` runs (`biome check`, with the repository's biome.json), and removes it whatever happens.
 */
async function lintPlanted(folder: string, source: string): Promise<Linted> {
  const file = `${folder}/planted-boundary-${process.pid}.ts`;
  writeFileSync(`${repositoryRoot}${file}`, source);
  try {
    const { stdout, stderr } = await run(biome, ["check", "--colors=off", file], { cwd: repositoryRoot });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { failed: true, output: stdout + stderr };
  } finally {
    rmSync(`${repositoryRoot}${file}`, { force: true });
  }
}

const importing = (specifier: string, name: string) =>
  `import { ${name} } from "${specifier}";\n\nexport { ${name} };\n`;

const onlyTheLocalHost = "Only the local host imports local/";
const noDeliveryCode = "Core imports no delivery code: nothing from packages/functions.";
const throughIndex = "A context reaches another only through its index.ts";

describe("pnpm lint refuses an import across a boundary", () => {
  test.each([
    ["a handler from the local host", "packages/functions/src/handlers", "../local/host", onlyTheLocalHost],
    [
      "a handler factory from the local host",
      "packages/functions/src/lambda",
      "../local/host",
      onlyTheLocalHost,
    ],
    [
      "the local host from a handler factory",
      "packages/functions/src/local",
      "../lambda/graphql-handler",
      "The local host imports nothing from the Lambda side",
    ],
    ["the CLI from the local host", "packages/functions/src/cli", "../local/host", onlyTheLocalHost],
    [
      "core from packages/functions",
      "packages/core/src/clock",
      "../../../functions/src/graphql/server",
      noDeliveryCode,
    ],
    [
      "core from @meetstream/functions",
      "packages/core/src/meetup",
      "@meetstream/functions/graphql/server",
      noDeliveryCode,
    ],
    [
      "core from a delivery library",
      "packages/core/src/member",
      "graphql-yoga",
      "Core imports no delivery library",
    ],
    ["a context from another's file", "packages/core/src/meetup", "../community/decider", throughIndex],
    [
      "the web app from packages/functions",
      "packages/web/src",
      "../../functions/src/graphql/server",
      "The web app takes only the schema from packages/functions",
    ],
    ["the calendar from a meetup file", "packages/core/src/calendar", "../meetup/commands", throughIndex],
    [
      "the talk context from a community file",
      "packages/core/src/talk",
      "../community/decider",
      throughIndex,
    ],
    ["a talk file from the meetup context", "packages/core/src/meetup", "../talk/queries", throughIndex],
  ])("%s", async (_, folder, specifier, message) => {
    const linted = await lintPlanted(folder, importing(specifier, "planted"));
    expect(linted.output).toContain(message);
    expect(linted.failed).toBe(true);
  });
});

describe("pnpm lint lets the same folders import through the front door", () => {
  test.each([
    ["a handler from the shared stores", "packages/functions/src/handlers", "../stores/aws-stores"],
    ["a context from another's index.ts", "packages/core/src/meetup", "../community"],
    ["core from Powertools' idempotency", "packages/core/src/decider", "@aws-lambda-powertools/idempotency"],
  ])("%s", async (_, folder, specifier) => {
    const linted = await lintPlanted(folder, importing(specifier, "planted"));
    expect(linted.output).not.toContain("noRestrictedImports");
    expect(linted.failed).toBe(false);
  });
});
