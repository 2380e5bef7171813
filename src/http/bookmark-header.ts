/**
 * The X-Claimgraph-Bookmark header: how a client carries its own writes from one request to the
 * next, through any instance of the service (each keeps no state between requests). A response
 * to a request that wrote carries the bookmarks after its commit; a request that sends them back
 * reads a database that has caught up with them. Neo4j judges the bookmarks themselves.
 */
import type { IncomingHttpHeaders } from 'node:http';

export const BOOKMARK_HEADER = 'X-Claimgraph-Bookmark';

/** Bookmarks are base64 and never hold commas, so several fit in one comma-separated header. */
export function readBookmarkHeader(headers: IncomingHttpHeaders): string[] {
  const value = headers[BOOKMARK_HEADER.toLowerCase()];
  const parts = (Array.isArray(value) ? value : [value ?? '']).flatMap((v) => v.split(','));
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

export function formatBookmarkHeader(bookmarks: string[]): string {
  return bookmarks.join(', ');
}
