import { progressRebuild, seed } from "./paths";
import { removeDataFolder, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
const folder = temporaryDataFolder();
const t = performance.now();
const seeded = await seed(folder);
console.log("seed", seeded.markRate, seeded.markCount, (performance.now() - t) / 1000);
console.log(await progressRebuild(folder));
removeDataFolder(folder);
