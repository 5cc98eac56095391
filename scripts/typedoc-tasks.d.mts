import type { Application } from "typedoc";

/** A task group of typedoc.json "apiGroups": its description and the source paths it covers. */
export interface ApiGroup {
  description: string;
  /** Files, or folders ending in "/", relative to the repository. */
  paths: string[];
}

/** The group of a source file: the most specific mapped path that covers it, or undefined. */
export function groupOfFile(groups: Record<string, ApiGroup>, file: string): string | undefined;

/** An example's code without the tag lines (`@function`, `@class`) that end it. */
export function withoutTrailingTags(code: string): string;

/** The TypeDoc plugin entry. */
export function load(app: Application): void;
