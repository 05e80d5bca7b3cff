import { findSameShapeGrids, type SameShapeGrids } from "../../core/audit";
import type { SourcePreview } from "../session/workbookSession";

/** What `sameShapeSources` needs of a source in the Source step. */
export interface ShapedSource {
  entry: { name: string };
  preview: SourcePreview;
}

/**
 * The chosen sources that share their columns (judged on each source's preview), offered in the
 * Source step to be read as one audit with the sheet name as the group. Pure.
 */
export function sameShapeSources(sources: readonly ShapedSource[], chosen: readonly string[]): SameShapeGrids[] {
  const picked = sources.filter((source) => chosen.includes(source.entry.name));
  return findSameShapeGrids(picked.map((source) => ({ ...source.preview.grid, sheet: source.entry.name })));
}
