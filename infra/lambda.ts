/**
 * What esbuild leaves out of every bundle. The nodejs22.x runtime ships AWS SDK v3: bundling it again
 * would make every handler several hundred kilobytes bigger (the SDK is most of a publisher's bundle).
 */
export const lambdaBundling = { external: ["@aws-sdk/*"] } as const;

/**
 * X-Ray tracing is on unless a deploy turns it off (`MEETSTREAM_TRACING=off pnpm sst deploy …`): on, every
 * function gets Lambda's active tracing and Powertools Tracer; off, the handlers do not even load Tracer
 * and its X-Ray SDK (packages/functions/src/lambda/tracing.ts).
 *
 * Traces never hold what a handler answers: Tracer would otherwise copy every response into its segment's
 * metadata, and API responses carry members' personal data, which erasure must be able to reach (X-Ray
 * keeps traces for 30 days, out of reach of the key shredding that erases everything else).
 */
export const tracingSettings = (on: boolean) =>
  ({
    environment: {
      POWERTOOLS_TRACE_ENABLED: on ? "true" : "false",
      POWERTOOLS_TRACER_CAPTURE_RESPONSE: "false",
    },
    transform: { function: { tracingConfig: { mode: on ? "Active" : "PassThrough" } } },
  }) as const;

const tracing = tracingSettings(process.env.MEETSTREAM_TRACING !== "off");

/**
 * What every Meetstream function shares. Lambda's `nodejs20.x` is deprecated (2026-04-30) and older SST
 * defaulted to it, so the runtime is always spelled out; arm64 costs less per millisecond than x86.
 */
export const functionDefaults = {
  runtime: "nodejs22.x",
  architecture: "arm64",
  environment: {
    // Libraries skip their development-only checks: graphql-js's cross-realm check runs on every type test
    // while a cold start builds the schema.
    NODE_ENV: "production",
    ...tracing.environment,
  },
  transform: tracing.transform,
  nodejs: {
    format: "esm",
    minify: true,
    // A handler loads what only some requests need (the write side of the API, token checks) with
    // `import()`: split into chunks, that code is neither read nor run at a cold start that does not need it.
    splitting: true,
    esbuild: { external: lambdaBundling.external },
  },
} as const;

/** The handlers live in one folder, each exporting `handler`. */
export const handlerPath = (name: string) => `packages/functions/src/handlers/${name}.handler`;
