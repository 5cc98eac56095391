import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The page uses the library as a user gets it: `sterrenprogramma/koffer` and
// `sterrenprogramma/documents` are the BUILT entry points (`npm run build` writes dist/koffer.js
// and dist/documents.js), never the TypeScript sources, so that what the browser
// test checks is what is published.
const builtKoffer = fileURLToPath(new URL("../../dist/koffer.js", import.meta.url));
const builtDocuments = fileURLToPath(new URL("../../dist/documents.js", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs: the built page works from any folder and any static server.
  base: "./",
  resolve: {
    alias: {
      "sterrenprogramma/koffer": builtKoffer,
      "sterrenprogramma/documents": builtDocuments,
    },
  },
  build: { target: "es2022" },
});
