import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Logger } from "@aws-lambda-powertools/logger";
import { type LocalHost, type LocalHostOptions, startLocalHost } from "../../functions/src/local/host";

export const webDistribution = fileURLToPath(new URL("../dist", import.meta.url));

/** A data folder of the test's own, removed at the end: tests never share or keep state. */
export async function temporaryDataFolder(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "meetstream-web-e2e-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * The real local host (API, issuer, dev mailbox, built web app), logging only errors. On a free port
 * unless told one: a restart must come back on the same origin, or the browser's storage would not follow.
 * `seedDemo` seeds the demo community; `clock` is the time the domain sees.
 */
export function startTestHost(
  dataFolder: string,
  port = 0,
  options: Pick<LocalHostOptions, "seedDemo" | "clock"> = {},
): Promise<LocalHost> {
  return startLocalHost({
    dataFolder,
    port,
    webDistribution,
    logger: new Logger({ serviceName: "meetstream-web-e2e", logLevel: "ERROR" }),
    shutdownGraceMilliseconds: 1_000,
    ...options,
  });
}

export type DemoHost = LocalHost & { demo: NonNullable<LocalHost["demo"]> };

/** The local host seeded with the demo community, which most browser tests walk through. */
export async function startDemoHost(dataFolder: string): Promise<DemoHost> {
  const host = await startTestHost(dataFolder, 0, { seedDemo: true });
  if (!host.demo) throw new Error("The local host seeded no demo community");
  return host as DemoHost;
}
