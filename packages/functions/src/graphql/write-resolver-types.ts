import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { codegen } from "@graphql-codegen/core";
import * as typescript from "@graphql-codegen/typescript";
import * as typescriptResolvers from "@graphql-codegen/typescript-resolvers";
import { parse } from "graphql";
import { internalEnumValues } from "./enum-values";
import { schemaFile } from "./write-schema-document";

export const resolverTypesFile = fileURLToPath(new URL("./resolver-types.ts", import.meta.url));

/**
 * resolver-types.ts: the type of every resolver the SDL allows, generated from schema.graphql by GraphQL
 * Code Generator's typescript-resolvers, so that `tsc` fails when a resolver names a field the SDL does
 * not declare or takes an argument it lacks. What a resolver's parent is stays the domain's: each
 * resolver map names it (`MeetupResolvers<GraphqlContext, MeetupDocument>`), so the generated parents are
 * left open (`defaultMapper`), as are the values a field returns (a domain object the type's own
 * resolvers read).
 */
export async function resolverTypesModule(sdl: string): Promise<string> {
  const generated = await codegen({
    schema: parse(sdl),
    documents: [],
    filename: "resolver-types.ts",
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
    config: {
      contextType: "./context#GraphqlContext",
      defaultMapper: "any",
      useTypeImports: true,
      useIndexSignature: false,
      enumsAsTypes: true,
      enumValues: internalEnumValues,
      // The enums' own types, the domain's values: what a field of an enum type resolves to.
      mappers: Object.fromEntries(Object.keys(internalEnumValues).map((name) => [name, name])),
    },
  });
  return [
    "// Written by write-resolver-types.ts from schema.graphql (`pnpm --filter @meetstream/functions schema`): do not edit.",
    generated,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(resolverTypesFile, await resolverTypesModule(readFileSync(schemaFile, "utf8")));
  console.log(`wrote ${resolverTypesFile}`);
}
