import type { StoredObject } from '../../environment';

export interface ListingRequest {
  prefix: string;
  delimiter: string;
  maxKeys: number;
  /** Keys (and common prefixes) up to and including this one were listed already. */
  after: string;
}

export interface ListingPage {
  contents: Array<{ key: string; object: StoredObject }>;
  commonPrefixes: string[];
  truncated: boolean;
  /** The last key or common prefix on the page: where the next page starts after. */
  last?: string;
}

/**
 * One page of a listing, as ListObjects and ListObjectsV2 return it: keys after `after`, with keys
 * that share a prefix up to the delimiter rolled up into one common prefix that counts as one entry.
 * `objects` must be sorted by key and already filtered by prefix.
 */
export function listPage(
  objects: Array<{ key: string; object: StoredObject }>,
  req: ListingRequest,
): ListingPage {
  const page: ListingPage = { contents: [], commonPrefixes: [], truncated: false };
  let lastPrefix: string | undefined;
  for (const item of objects) {
    if (item.key <= req.after) continue;
    const rest = item.key.slice(req.prefix.length);
    const cut = req.delimiter ? rest.indexOf(req.delimiter) : -1;
    const commonPrefix = cut >= 0 ? req.prefix + rest.slice(0, cut + req.delimiter.length) : undefined;
    // Keys under a common prefix listed already (on this page or an earlier one) add nothing.
    if (commonPrefix !== undefined && (commonPrefix === lastPrefix || commonPrefix <= req.after)) continue;
    if (page.contents.length + page.commonPrefixes.length >= req.maxKeys) {
      page.truncated = true;
      break;
    }
    if (commonPrefix !== undefined) {
      page.commonPrefixes.push(commonPrefix);
      lastPrefix = commonPrefix;
      page.last = commonPrefix;
    } else {
      page.contents.push(item);
      page.last = item.key;
    }
  }
  return page;
}
