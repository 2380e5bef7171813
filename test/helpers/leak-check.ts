/**
 * What a leak is, for the leak test: a forbidden text anywhere in an answer, or a link between
 * two records that only identifying claims tie together.
 *
 * A record in an answer is an object with an `id`. Two records are linked in an answer when one
 * holds the other directly, through objects without an id and lists (an actor's `events` holding
 * an event, a claim's `subject`), when an object without an id holds both directly (a path's hop
 * `from` and `to`, an accusation), or when a record names both by ID fields (an edge's `source`
 * and `target`). A question that names a record (`events(filter: { involving })`) is linked to
 * the records its answer gives through at most one list (a page's nodes, a subgraph's nodes),
 * not to everything further along (the far end of a path).
 */

export interface ForbiddenPair {
  a: string;
  b: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The ids of the records `value` holds directly: through id-less objects and at most `lists` lists. */
function heldIds(value: Json, lists: number): string[] {
  if (Array.isArray(value)) return lists > 0 ? value.flatMap((v) => heldIds(v, lists - 1)) : [];
  if (!isRecord(value)) return [];
  if (typeof value.id === 'string') return [value.id];
  return Object.values(value).flatMap((v) => heldIds(v, lists));
}

const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** Every group of ids an answer links together (see the top of the file). */
export function linkedGroups(value: Json): string[][] {
  const groups: string[][] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (typeof node.id === 'string') {
      const named = Object.values(node).filter((v): v is string => typeof v === 'string');
      groups.push([
        node.id,
        ...named,
        ...Object.values(node).flatMap((v) => (typeof v === 'object' ? heldIds(v, UNLIMITED) : [])),
      ]);
    } else {
      // Objects without an id that hold records side by side (not in lists) tie them together.
      groups.push(Object.values(node).flatMap((v) => (isRecord(v) ? heldIds(v, 0) : [])));
    }
    Object.values(node).forEach(visit);
  };
  visit(value);
  return groups;
}

/** The pairs an answer (to a question naming `named`) links, among the forbidden ones. */
export function forbiddenLinks(answer: Json, named: string[], forbidden: ForbiddenPair[]): string[] {
  const found: string[] = [];
  const direct = new Set(heldIds(answer, 1));
  const groups = linkedGroups(answer);
  for (const { a, b } of forbidden) {
    const askedA = named.includes(a);
    const askedB = named.includes(b);
    if ((askedA && !askedB && direct.has(b)) || (askedB && !askedA && direct.has(a))) {
      found.push(`${a} <-> ${b} (asked about one, answered with the other)`);
    }
    if (groups.some((group) => group.includes(a) && group.includes(b))) {
      found.push(`${a} <-> ${b} (linked in the answer)`);
    }
  }
  return found;
}

/**
 * The forbidden texts an answer contains (as whole words, case-sensitively), as written or as
 * written inside a JSON string.
 */
export function forbiddenTexts(answer: string, texts: string[]): string[] {
  const wholeWord = (t: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  return texts.filter(
    (t) => wholeWord(t).test(answer) || wholeWord(JSON.stringify(t).slice(1, -1)).test(answer),
  );
}

export type { Json };
