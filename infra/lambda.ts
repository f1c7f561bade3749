/**
 * What every Meetstream function shares. Lambda's `nodejs20.x` is deprecated (2026-04-30) and older SST
 * defaulted to it, so the runtime is always spelled out; arm64 costs less per millisecond than x86.
 */
export const functionDefaults = {
  runtime: "nodejs22.x",
  architecture: "arm64",
  nodejs: { format: "esm", minify: true },
} as const;

/** The handlers live in one folder, each exporting `handler`. */
export const handlerPath = (name: string) => `packages/functions/src/handlers/${name}.handler`;
