/**
 * Where the graphql handler's cold start goes beyond bare yoga + DynamoDB: the handler as deployed,
 * then built again without one part at a time, all started in turn with the bare handler in one run.
 *
 * - tracing off: the same bundle with `POWERTOOLS_TRACE_ENABLED=false`, as `MEETSTREAM_TRACING=off` deploys
 *   it (Tracer and the X-Ray SDK are then not loaded);
 * - schema without a runtime builder: graphql/schema.ts swapped at bundle time for the committed SDL,
 *   parsed while bundling and built with graphql-js alone, with the one resolver the measured query reads
 *   through. It answers that query as the API does; it is what an SDL-first schema would cost, not a
 *   schema to serve.
 *
 * The figures are for deciding what the API may carry, not targets: #5's target is the handlers benchmark.
 * Each variant starts 15 times, in turn with the bare handler.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "esbuild";
import { parse } from "graphql";
import {
  bareHandler,
  bundle,
  coldStartUnit,
  graphqlQueryEvent,
  handlerSource,
  measureInTurn,
  type Started,
  withLambdaStandIn,
} from "./handlers";
import type { BenchmarkResults } from "./results";

const functionsFolder = join(import.meta.dirname, "../packages/functions");

/** The committed SDL, parsed now, built at cold start as graphql-js builds any schema from a document. */
function schemaFromParsedSdl(): Plugin {
  const document = parse(readFileSync(join(functionsFolder, "schema.graphql"), "utf8"), { noLocation: true });
  const contents = `
import { buildASTSchema } from "graphql";

export const schema = buildASTSchema(JSON.parse(${JSON.stringify(JSON.stringify(document))}), {
  assumeValidSDL: true,
});

// Query.communities as the API resolves it: one page of the list, as a connection.
schema.getQueryType().getFields().communities.resolve = async (_root, { first, after }, { communities }) => {
  const found = await communities.list({ limit: first ?? 20, cursor: after ?? undefined });
  const edges = found.communities.map((node) => ({ cursor: communities.listCursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: found.cursor !== undefined,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: found.cursor ?? null,
    },
  };
};
`;
  return {
    name: "schema-from-parsed-sdl",
    setup(build) {
      build.onResolve({ filter: /^\.\/schema$/ }, (arguments_) =>
        arguments_.importer.endsWith(join("graphql", "server.ts"))
          ? { path: "schema-from-parsed-sdl", namespace: "cold-start-budget" }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "cold-start-budget" }, () => ({
        contents,
        loader: "js",
        resolveDir: join(functionsFolder, "src/graphql"),
      }));
    },
  };
}

const untraced = { POWERTOOLS_TRACE_ENABLED: "false" };

/** More than the handlers benchmark's 7: the parts differ by tens of milliseconds, as much as runs do here. */
const startsEach = 15;

export const coldStartBudgetBenchmark = (): Promise<BenchmarkResults> =>
  withLambdaStandIn(async ({ folder, environment }) => {
    const bare = await bundle(bareHandler.source, join(folder, "bare"));
    const deployed = await bundle(handlerSource("graphql"), join(folder, "graphql"));
    const withoutBuilder = await bundle(handlerSource("graphql"), join(folder, "graphql-sdl"), [
      schemaFromParsedSdl(),
    ]);
    const variants: Record<string, Started> = {
      "as deployed": { file: deployed.entry, event: graphqlQueryEvent },
      "tracing off": { file: deployed.entry, event: graphqlQueryEvent, environment: untraced },
      "schema without a runtime builder": { file: withoutBuilder.entry, event: graphqlQueryEvent },
      "schema without a runtime builder, tracing off": {
        file: withoutBuilder.entry,
        event: graphqlQueryEvent,
        environment: untraced,
      },
    };
    const { measured, pairedRatios } = await measureInTurn(
      [{ file: bare.entry, event: bareHandler.event }, ...Object.values(variants)],
      environment,
      startsEach,
    );
    const [bareRun, ...variantRuns] = measured;
    if (!bareRun) throw new Error("the bare handler was not measured");
    const results: BenchmarkResults = {
      "cold-start budget: bare yoga + DynamoDB": { value: bareRun.cold, unit: coldStartUnit(bareRun) },
    };
    for (const [index, name] of Object.keys(variants).entries()) {
      const run = variantRuns[index];
      if (!run) continue;
      if (run.status !== 200)
        console.error(`cold-start budget, ${name}: first invocation answered ${run.status}`);
      results[`cold-start budget: graphql, ${name}`] = {
        value: run.cold,
        unit: coldStartUnit(run),
        baseline: bareRun.cold,
        ratio: run.cold / bareRun.cold,
      };
      results[`cold-start budget: graphql, ${name}, median of the pairs' ratios`] = {
        value: pairedRatios[index + 1] ?? Number.NaN,
        unit: "×",
      };
    }
    return results;
  });
