import { existsSync, readdirSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const source = new URL("./", import.meta.url);
const { exports, sideEffects } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as {
  exports: Record<string, string>;
  sideEffects: string[];
};

// Node, Vite and esbuild take the first target of a fallback array whether or not its file exists, so
// `"./*": ["./src/*/index.ts", "./src/*.ts"]` would break every import of a file: each folder's entry
// point is named instead, and this test keeps the names in step with the folders.
test("every folder with an index.ts is exported by its name, and nothing else is", () => {
  const withIndex = readdirSync(source, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/index.ts`, source)))
    .map((entry) => entry.name)
    .sort();
  const named = Object.keys(exports)
    .filter((key) => key !== "./*")
    .map((key) => key.slice("./".length))
    .sort();
  expect(named).toEqual(withIndex);
  for (const name of named) expect(exports[`./${name}`]).toBe(`./src/${name}/index.ts`);
  expect(exports["./*"]).toBe("./src/*.ts");
});

// A bundler drops a module whose exports go unused unless package.json says it has side effects: through an
// index.ts, that would drop a statement run on import (as validation/zod.ts configures zod's messages).
test("every module that runs a statement on import is listed in sideEffects", () => {
  const sourceFolder = fileURLToPath(source);
  const runOnImport = readdirSync(source, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("testing"))
    .filter((file) => /^[A-Za-z_$][\w$.]*\(/m.test(readFileSync(`${sourceFolder}${file}`, "utf8")))
    .map((file) => `./${relative(fileURLToPath(new URL("../", import.meta.url)), `${sourceFolder}${file}`)}`)
    .sort();
  expect(runOnImport).toEqual([...sideEffects].sort());
});
