import { readFileSync } from "node:fs";
import { buildSchema, lexicographicSortSchema, printSchema } from "graphql";
import { expect, test } from "vitest";
import { printedSchema, schemaFile } from "./print-schema";

/** Printed again from a parse, so that formatting (Biome formats the committed file) does not count as drift. */
const normalised = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

test("the committed schema.graphql is the schema the code builds (run `pnpm --filter @meetstream/functions schema`)", () => {
  expect(normalised(readFileSync(schemaFile, "utf8"))).toBe(normalised(printedSchema()));
});
