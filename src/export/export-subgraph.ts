/** An export: the selection's neighbourhood, written in the chosen format. */
import type { RequestContext } from '../context.js';
import { neighbourhood } from '../services/exploration.js';
import { EXPORT_FORMATS, type Sink } from './formats.js';
import { filterOf, type Selection } from './selection.js';

/**
 * Fetches the selection's subgraph, then returns a writer for it: a bad selection or a database
 * error surfaces before the caller has started its response.
 */
export async function prepareExport(
  ctx: RequestContext,
  selection: Selection,
): Promise<(sink: Sink) => void> {
  const graph = await neighbourhood(
    ctx,
    selection.ids,
    selection.depth,
    filterOf(selection),
    selection.limit,
  );
  return (sink) => EXPORT_FORMATS[selection.format].write(graph, sink);
}
