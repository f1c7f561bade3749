import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";

/** The API's schema, written by hand: the web app's typed queries are checked against it too. */
export const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

export const schemaDocumentFile = fileURLToPath(new URL("./schema-document.ts", import.meta.url));

/**
 * schema-document.ts: schema.graphql parsed ahead of time. graphql-js's parser runs cold at a Lambda cold
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
  writeFileSync(schemaDocumentFile, schemaDocumentModule(readFileSync(schemaFile, "utf8")));
  console.log(`wrote ${schemaDocumentFile}`);
}
