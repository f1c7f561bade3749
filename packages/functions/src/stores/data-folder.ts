import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * The folder the local host keeps its state in: `--data`, else MEETSTREAM_DATA, else `.data` at the
 * repository root. A relative path is taken from where the command was typed (pnpm runs scripts inside
 * the package folder and records the original folder in INIT_CWD).
 */
export function dataFolder(given: string | undefined = process.env.MEETSTREAM_DATA): string {
  if (!given) return join(repositoryRoot, ".data");
  return isAbsolute(given) ? given : resolve(process.env.INIT_CWD ?? process.cwd(), given);
}

export const databaseFile = (folder: string): string => join(folder, "meetstream.sqlite");
