import { deepFreeze } from "../../internal/deep-freeze.js";
import { defineSchemas } from "./define.js";
import { leanKit } from "./lean-kit.js";

/**
 * The schemas the library validates with: the exported schemas' definitions built with the lean
 * kit, so that validation bundles no zod. They give what the zod schemas give (a property test
 * holds them to it) and are never handed out.
 *
 * @internal
 */
export const runtimeSchemas = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ defineSchemas(leanKit));
