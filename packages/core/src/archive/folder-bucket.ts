import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { newId } from "../ids/new-id";
import type { ArchiveBucket } from "./archive-bucket";

const partialSuffix = ".partial";

/** An archive in a folder: each key a file under it. */
export function folderBucket(folder: string): ArchiveBucket {
  const pathOf = (key: string) => join(folder, ...key.split("/"));
  return {
    async write(key, text) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside and renamed over: a reader, or a crash, never sees half an object.
      const partial = `${path}.${newId()}${partialSuffix}`;
      await writeFile(partial, text);
      await rename(partial, path);
    },
    async *list(prefix) {
      const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return [];
          throw error;
        },
      );
      const keys = entries
        .filter((entry) => entry.isFile() && !entry.name.endsWith(partialSuffix))
        .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
        .filter((key) => key.startsWith(prefix));
      yield* keys.sort();
    },
    read: (key) => readFile(pathOf(key), "utf8"),
  };
}
