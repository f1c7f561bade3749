import {
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { operationOf } from "./operation-of";

/** A field's or a type's `@cacheControl` hint in the SDL. */
export interface CacheHint {
  maxAge?: number;
  scope?: "PUBLIC" | "PRIVATE";
}

/** What an answer may be kept for: `maxAge` seconds by shared caches when public; never when private. */
export type CachePolicy = { scope: "PUBLIC"; maxAge: number } | { scope: "PRIVATE" };

/** What a root query field without a hint keeps for. */
export const defaultMaxAge = 60;

export const privateNoStore = "private, no-store";

/**
 * A public answer is kept by shared caches (the CDN) for its age, and by none of a reader's own: a
 * browser asks again each time (with the ETag, so an unchanged answer is a bodiless 304). Kept in the
 * browser, a visitor reloading a page after a change would see the old one until its age ran out,
 * whereas the host answers what was last written at once, and the CDN within the age. No
 * stale-while-revalidate for the same reason: browsers apply it too.
 */
export const cacheControlOf = (policy: CachePolicy): string =>
  policy.scope === "PRIVATE" ? privateNoStore : `public, max-age=0, s-maxage=${policy.maxAge}`;

/** Every hint the schema's SDL gives, by type (`Meetup`) and by field (`Meetup.viewerRsvp`). */
export function cacheHintsOf(schema: GraphQLSchema): ReadonlyMap<string, CacheHint> {
  const hints = new Map<string, CacheHint>();
  const read = (coordinate: string, node: { directives?: readonly unknown[] } | null | undefined) => {
    for (const directive of (node?.directives ?? []) as readonly DirectiveLike[]) {
      if (directive.name.value !== "cacheControl") continue;
      const hint: CacheHint = {};
      for (const argument of directive.arguments ?? []) {
        if (argument.name.value === "maxAge" && argument.value.kind === Kind.INT)
          hint.maxAge = Number(argument.value.value);
        if (argument.name.value === "scope" && argument.value.kind === Kind.ENUM)
          hint.scope = argument.value.value as CacheHint["scope"];
      }
      hints.set(coordinate, hint);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    read(type.name, type.astNode);
    for (const extension of type.extensionASTNodes) read(type.name, extension);
    for (const field of Object.values(type.getFields())) read(`${type.name}.${field.name}`, field.astNode);
  }
  return hints;
}

interface DirectiveLike {
  name: { value: string };
  arguments?: readonly { name: { value: string }; value: { kind: string; value?: string } }[];
}

/**
 * The policy of an answer to `operation`, from what the document selects: private if anything it
 * selects (a field, or the type a field gives) is PRIVATE, else public for the shortest `maxAge` among
 * them. Every fragment of the document counts, used or not: a hint is never missed for being in one.
 */
export function documentPolicy(
  schema: GraphQLSchema,
  hints: ReadonlyMap<string, CacheHint>,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CachePolicy {
  if (operation.operation !== "query") return { scope: "PRIVATE" };
  let maxAge = Number.POSITIVE_INFINITY;
  let isPrivate = false;
  const queryType = schema.getQueryType();
  const apply = (hint: CacheHint | undefined) => {
    if (!hint) return false;
    if (hint.scope === "PRIVATE") isPrivate = true;
    if (hint.maxAge !== undefined) maxAge = Math.min(maxAge, hint.maxAge);
    return hint.maxAge !== undefined;
  };
  const applyType = (type: GraphQLNamedType) => {
    if (isAbstractType(type))
      for (const possible of schema.getPossibleTypes(type)) apply(hints.get(possible.name));
    else apply(hints.get(type.name));
  };
  const typeInfo = new TypeInfo(schema);
  const others = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION || definition === operation,
  );
  visit(
    { kind: Kind.DOCUMENT, definitions: others },
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || field.name.startsWith("__")) return;
        const hinted = apply(hints.get(`${parent.name}.${field.name}`));
        const returned = getNamedType(field.type);
        if (returned) applyType(returned);
        if (parent === queryType && !hinted) maxAge = Math.min(maxAge, defaultMaxAge);
      },
    }),
  );
  if (isPrivate) return { scope: "PRIVATE" };
  return { scope: "PUBLIC", maxAge: Number.isFinite(maxAge) ? maxAge : defaultMaxAge };
}

/**
 * Gives each answer its `Cache-Control`. Public only for a query over GET with no `Authorization`
 * whose document selects nothing PRIVATE and whose answer has no error: an anonymous answer is the same
 * for every anonymous reader, so shared caches may keep it. A signed-in reader's answer is never public,
 * even where it would be the same: a CDN keys on `Authorization` (it must, to pass it on), so sharing it
 * would gain nothing, and kept, it would hide a member's own write from them for up to its age.
 */
export function cachePolicyPlugin(hints: ReadonlyMap<string, CacheHint>): Plugin {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = operationOf(args.document, args.operationName);
      const shareable =
        request?.method === "GET" && !request.headers.get("authorization") && operation !== undefined;
      const policy: CachePolicy = shareable
        ? documentPolicy(args.schema, hints, args.document, operation)
        : { scope: "PRIVATE" };
      return {
        onExecuteDone({ result, setResult }) {
          if (!("data" in result) && !("errors" in result)) return;
          const answered = result.errors?.length ? ({ scope: "PRIVATE" } as const) : policy;
          const extensions = (result.extensions ?? {}) as { http?: { headers?: Record<string, string> } };
          setResult({
            ...result,
            extensions: {
              ...extensions,
              http: {
                ...extensions.http,
                headers: { ...extensions.http?.headers, "cache-control": cacheControlOf(answered) },
              },
            },
          });
        },
      };
    },
  };
}
