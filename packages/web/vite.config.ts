import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The local host serves the API, the OpenAuth issuer, uploads and their files, and the dev mailbox; in development Vite serves the
// app and forwards those to it, so the browser sees one origin just as it does in production.
const localHost = process.env.MEETSTREAM_LOCAL_HOST ?? "http://127.0.0.1:4000";

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
  },
});
