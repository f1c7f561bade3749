import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll } from "vitest";
import { type LocalHost, type LocalHostOptions, startLocalHost } from "../local/host";

/** A data folder of its own, removed by `removeDataFolder`. */
export const temporaryDataFolder = (): string => mkdtempSync(join(tmpdir(), "meetstream-"));

export const silentLogger = () => new Logger({ serviceName: "meetstream-test", logLevel: "SILENT" });

/**
 * The real local host on a free port with a temporary data folder, quiet unless a test fails. Start it
 * again on the same folder to test a restart.
 */
export function startTestHost(options: Partial<LocalHostOptions> = {}): Promise<LocalHost> {
  return startLocalHost({
    port: 0,
    dataFolder: options.dataFolder ?? temporaryDataFolder(),
    logger: silentLogger(),
    ...options,
  });
}

export const removeDataFolder = (folder: string): void => rmSync(folder, { recursive: true, force: true });

/** Temporary data folders for one test file, all removed when its tests are done. */
export function dataFoldersRemovedAfterAll(): () => string {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) removeDataFolder(folder);
  });
  return () => {
    const folder = temporaryDataFolder();
    folders.push(folder);
    return folder;
  };
}
