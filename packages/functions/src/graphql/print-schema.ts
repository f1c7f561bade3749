import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema";

/**
 * The SDL committed as `schema.graphql`, sorted so that moving code around does not change it. Kept out
 * of schema.ts: the printer is no part of serving the API.
 */
export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;

/** Where the SDL is committed: the web app's typed queries are checked against it. */
export const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${schemaFile}`);
}
