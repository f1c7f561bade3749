import type { PathView } from "@meetstream/core/path";
import type { PathReader } from "@meetstream/core/progress";
import type DataLoader from "dataloader";

/**
 * Progress reads the paths it works shares out on through the request's path loader, which reads them as
 * the request's viewer may see them (the viewer it is given is that same viewer): a path read for a share
 * is then not read again for the fields the request shows of it.
 */
export const pathReader =
  (pathById: DataLoader<string, PathView | undefined>): PathReader =>
  async (pathIds) =>
    (await pathById.loadMany(pathIds)).map((path) => {
      if (path instanceof Error) throw path;
      return path;
    });
