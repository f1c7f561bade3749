import { readFileSync } from "node:fs";
import { buildSchema, isAbstractType, validateSchema } from "graphql";
import { expect, test } from "vitest";
import { schema } from "./schema";
import { resolverTypesFile, resolverTypesModule } from "./write-resolver-types";
import {
  mergedSchema,
  schemaDocumentFile,
  schemaDocumentModule,
  schemaFile,
  schemaSources,
} from "./write-schema-document";

const sdl = readFileSync(schemaFile, "utf8");

test("schema.graphql is every context's SDL (schema/*.graphql) merged (after editing one, run `pnpm --filter @meetstream/functions schema`)", () => {
  expect(mergedSchema([{ sdl }])).toBe(mergedSchema(schemaSources()));
});

test("each context's SDL is one file, and every type is defined in one of them only", () => {
  expect(schemaSources().map((source) => source.file)).toEqual([
    "agenda.graphql",
    "api-token.graphql",
    "blob.graphql",
    "calendar.graphql",
    "common.graphql",
    "community.graphql",
    "meetup.graphql",
    "member.graphql",
    "notification.graphql",
    "path.graphql",
    "progress.graphql",
    "speaker.graphql",
    "talk.graphql",
    "webhook.graphql",
  ]);
  expect(() => mergedSchema([...schemaSources(), { sdl: "type Venue { name: String! }" }])).toThrow(
    /There can be only one type named "Venue"/,
  );
});

test("schema-document.ts is schema.graphql parsed (after editing the SDL, run `pnpm --filter @meetstream/functions schema`)", () => {
  expect(readFileSync(schemaDocumentFile, "utf8")).toBe(schemaDocumentModule(sdl));
});

test("schema.graphql is a valid schema: a cold start builds it without checking", () => {
  expect(validateSchema(buildSchema(sdl)).map((error) => error.message)).toEqual([]);
});

test("every union and interface has a type resolver", () => {
  const abstractTypes = Object.values(schema.getTypeMap()).filter(isAbstractType);
  expect(abstractTypes.length).toBeGreaterThan(0);
  expect(abstractTypes.filter((type) => type.resolveType === undefined).map((type) => type.name)).toEqual([]);
});

test("every field of the root types has a resolver: none falls back to reading a property of no root", () => {
  const unresolved = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => field.resolve === undefined)
      .map((field) => `${type?.name}.${field.name}`),
  );
  expect(unresolved).toEqual([]);
});

test("resolver-types.ts is generated from schema.graphql (after editing the SDL, run `pnpm --filter @meetstream/functions schema`)", async () => {
  expect(readFileSync(resolverTypesFile, "utf8")).toBe(await resolverTypesModule(sdl));
});
