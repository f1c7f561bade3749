import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { buildASTSchema, lexicographicSortSchema, parse } from "graphql";

/**
 * The API's schema, written by hand one file per context (`schema/<context>.graphql`: its types, and its
 * fields of `Query` and `Mutation` as extensions of the roots that `common.graphql` and `member.graphql`
 * declare), the way a context's code is one folder.
 */
export const schemaSourceFolder = fileURLToPath(new URL("../../schema", import.meta.url));

/** Every context's SDL merged, sorted and printed: the web app's typed queries are checked against it. */
export const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

/** Each context's SDL, by file name. */
export const schemaSources = (): { file: string; sdl: string }[] =>
  readdirSync(schemaSourceFolder)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ file, sdl: readFileSync(join(schemaSourceFolder, file), "utf8") }));

/**
 * The contexts' SDL as one schema, types and fields in alphabetical order, so that moving a definition
 * from one file to another changes nothing in schema.graphql. A type defined twice, or an extension of a
 * type no file defines, fails here. Printed with the directives applied: the cache hints (`@cacheControl`)
 * are the API's and its clients' to read.
 */
export function mergedSchema(sources: readonly { sdl: string }[]): string {
  const schema = buildASTSchema(parse(sources.map((source) => source.sdl).join("\n")));
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}

export const schemaDocumentFile = fileURLToPath(new URL("./schema-document.ts", import.meta.url));

/**
 * schema-document.ts: the merged schema parsed ahead of time. graphql-js's parser runs cold at a Lambda cold
 * start and took 30–45 ms on this schema; `JSON.parse` of the parsed document takes about 1 ms.
 */
export function schemaDocumentModule(sdl: string): string {
  const document = parse(sdl, { noLocation: true });
  return [
    "// Written by write-schema-document.ts from schema.graphql (`pnpm --filter @meetstream/functions schema`): do not edit.",
    'import type { DocumentNode } from "graphql";',
    "",
    `export const schemaDocument: DocumentNode = JSON.parse(${JSON.stringify(JSON.stringify(document))});`,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const merged = mergedSchema(schemaSources());
  writeFileSync(schemaFile, merged);
  writeFileSync(schemaDocumentFile, schemaDocumentModule(merged));
  console.log(`wrote ${schemaFile} and ${schemaDocumentFile}`);
}
