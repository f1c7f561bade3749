/**
 * The parts of the app that app.tsx loads on demand, each in one chunk named after it: an organiser moving
 * about the console, or a reviewer about the board, fetches it once. Public pages get a chunk of their own.
 */
export const onDemandParts = {
  console: /[\\/]src[\\/]pages[\\/]admin[\\/]/,
  review: /[\\/]src[\\/]pages[\\/]review[\\/]/,
  editors: /[\\/]src[\\/]pages[\\/](path-editor|profile-editor|speaker-editor|edit-proposal)-page\.tsx$/,
};

export type OnDemandPart = keyof typeof onDemandParts;

interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/**
 * The part a module's chunk belongs to: the part it is in, or the one part of everything that imports it.
 * A module a public page or two parts share belongs to none, and Rolldown's own chunking places it: were
 * the console to take it, a visitor's page would import the console's chunk to get it.
 */
export function onDemandPartOf(
  id: string,
  graph: ModuleGraph,
  known = new Map<string, OnDemandPart | null>(),
): OnDemandPart | null {
  const remembered = known.get(id);
  if (remembered !== undefined) return remembered;
  const own = (Object.keys(onDemandParts) as OnDemandPart[]).find((part) => onDemandParts[part].test(id));
  if (own) {
    known.set(id, own);
    return own;
  }
  const info = graph.getModuleInfo(id);
  // Loaded by import() itself (a public page, a library fetched on demand), or by nothing: no part's own.
  if (!info || info.dynamicImporters.length > 0 || info.importers.length === 0) {
    known.set(id, null);
    return null;
  }
  // A module on an import cycle counts as shared until the cycle is resolved: no part, which is always safe.
  known.set(id, null);
  const parts = new Set(info.importers.map((importer) => onDemandPartOf(importer, graph, known)));
  const [part = null] = parts;
  const result = parts.size === 1 ? part : null;
  known.set(id, result);
  return result;
}
