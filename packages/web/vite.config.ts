import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The local host serves the API, the OpenAuth issuer, uploads and their files, and the dev mailbox; in development Vite serves the
// app and forwards those to it, so the browser sees one origin just as it does in production.
const localHost = process.env.MEETSTREAM_LOCAL_HOST ?? "http://127.0.0.1:4000";

/**
 * The parts of the app that app.tsx loads on demand, each in one chunk named after it: an organiser moving
 * about the console, or a reviewer about the board, fetches it once.
 */
const parts = {
  console: /[\\/]src[\\/]pages[\\/]admin[\\/]/,
  review: /[\\/]src[\\/]pages[\\/]review[\\/]/,
  editors: /[\\/]src[\\/]pages[\\/](path-editor|profile-editor|speaker-editor|edit-proposal)-page\.tsx$/,
};
type Part = keyof typeof parts;

/**
 * A module that this many of the visitor's pages use goes in the entry chunk, with the frame: a page is then the entry and
 * a chunk or two of its own, not a score of scraps of a few hundred bytes (each a request, and each too
 * small for the host to compress).
 */
const pagesSharingTheFrame = 6;

interface ModuleGraph {
  getModuleInfo(id: string): {
    isEntry: boolean;
    importers: readonly string[];
    dynamicImporters: readonly string[];
  } | null;
}

/** Where a module goes: the entry chunk, a part's chunk, or (null) wherever Rolldown's own chunking puts it. */
function chunkPlanner() {
  const initial = new Map<string, boolean>();
  const pages = new Map<string, Set<string>>();
  const partOf = new Map<string, Part | null>();
  const info = (graph: ModuleGraph, id: string) => graph.getModuleInfo(id);

  /** Imported, through static imports only, by the entry: the first load needs it. */
  const isInitial = (graph: ModuleGraph, id: string): boolean => {
    const known = initial.get(id);
    if (known !== undefined) return known;
    initial.set(id, false);
    const module = info(graph, id);
    const result =
      !!module && (module.isEntry || module.importers.some((importer) => isInitial(graph, importer)));
    initial.set(id, result);
    return result;
  };

  /** The modules loaded by import() (the pages) that import this one, directly or through others. */
  const pagesUsing = (graph: ModuleGraph, id: string): Set<string> => {
    const known = pages.get(id);
    if (known) return known;
    const result = new Set<string>();
    pages.set(id, result);
    const module = info(graph, id);
    if (module?.dynamicImporters.length) result.add(id);
    for (const importer of module?.importers ?? [])
      for (const page of pagesUsing(graph, importer)) result.add(page);
    return result;
  };

  /**
   * The part a module belongs to: the one it is in, or the one part of everything that imports it. A
   * module that a public page or two parts share belongs to none: were the console to take it, a visitor's
   * page would import the console's chunk to get it.
   */
  const part = (graph: ModuleGraph, id: string): Part | null => {
    const known = partOf.get(id);
    if (known !== undefined) return known;
    const own = (Object.keys(parts) as Part[]).find((name) => parts[name].test(id));
    if (own) {
      partOf.set(id, own);
      return own;
    }
    // On an import cycle a module counts as shared until the cycle is resolved: no part, which is safe.
    partOf.set(id, null);
    const module = info(graph, id);
    if (!module || module.dynamicImporters.length > 0 || module.importers.length === 0) return null;
    const found = new Set(module.importers.map((importer) => part(graph, importer)));
    const [only = null] = found;
    const result = found.size === 1 ? only : null;
    partOf.set(id, result);
    return result;
  };

  return (id: string, graph: ModuleGraph): string | null => {
    if (isInitial(graph, id)) return "index";
    const owner = part(graph, id);
    if (owner) return owner;
    const visitorsPages = [...pagesUsing(graph, id)].filter((page) => part(graph, page) === null);
    return visitorsPages.length >= pagesSharingTheFrame ? "index" : null;
  };
}

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": localHost,
      "/auth": localHost,
      "/dev": localHost,
      "/uploads": localHost,
      "/blobs": localHost,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              debugName: "the entry and the parts loaded on demand",
              name: chunkPlanner(),
              // Each module is placed on its own: a captured module's dependencies may be shared ones.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
