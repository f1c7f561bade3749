import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";

/*
 * That the resolvers are checked against the SDL is a property of the types, shown by compiling resolvers
 * that break it beside the real ones: each must fail `tsc`, and one that keeps to the SDL must not.
 */

const folder = import.meta.dirname;
const fixtures: string[] = [];
afterAll(() => {
  for (const file of fixtures) rmSync(file, { force: true });
});

/** The compiler's complaints about a module of resolvers placed in this folder, as the project compiles it. */
function typeErrorsOf(source: string): string[] {
  const file = join(folder, `resolver-types-fixture-${process.pid}-${fixtures.length}.ts`);
  fixtures.push(file);
  writeFileSync(file, source);
  const configFile = ts.findConfigFile(folder, ts.sys.fileExists, "tsconfig.json") as string;
  const config = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const program = ts.createProgram([file], { ...config?.options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

const imports = `import type { GraphqlContext } from "./context";
import type { QueryResolvers, MeetupResolvers } from "./resolver-types";
`;

test("resolvers that keep to the SDL compile", () => {
  expect(
    typeErrorsOf(`${imports}
export const query: QueryResolvers<GraphqlContext> = { meetup: (_root, args) => args.id };
export const meetup: MeetupResolvers<GraphqlContext, { id: string }> = { id: (parent) => parent.id };
`),
  ).toEqual([]);
}, 60_000);

test("tsc fails on a resolver for a field the SDL does not declare", () => {
  expect(
    typeErrorsOf(`${imports}
export const query: QueryResolvers<GraphqlContext> = { meetups: () => [] };
`).join("\n"),
  ).toMatch(/'meetups' does not exist in type 'QueryResolvers/);
}, 60_000);

test("tsc fails on a resolver taking an argument its field lacks", () => {
  expect(
    typeErrorsOf(`${imports}
export const query: QueryResolvers<GraphqlContext> = { meetup: (_root, args) => args.slug };
`).join("\n"),
  ).toMatch(/Property 'slug' does not exist/);
}, 60_000);
