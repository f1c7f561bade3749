import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { type OnDemandPart, onDemandPartOf } from "./on-demand-chunks";

// The local host serves the API, the OpenAuth issuer, uploads and their files, and the dev mailbox; in development Vite serves the
// app and forwards those to it, so the browser sees one origin just as it does in production.
const localHost = process.env.MEETSTREAM_LOCAL_HOST ?? "http://127.0.0.1:4000";

const partsOfModules = new Map<string, OnDemandPart | null>();

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
            // Whatever the first load needs, in the entry's own chunk: one request, not a dozen shared scraps.
            { name: "index", tags: ["$initial"], priority: 4 },
            // The console, the review board and the editors, each with the modules only it uses (see onDemandPartOf).
            {
              name: (id, graph) => onDemandPartOf(id, graph, partsOfModules),
              includeDependenciesRecursively: false,
              priority: 3,
            },
          ],
        },
      },
    },
  },
});
