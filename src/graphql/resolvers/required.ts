/** A link the graph says exists must load; if it does not, the record was removed mid-request. */
export function required<T>(record: T | null | undefined, id: string): T {
  if (record === null || record === undefined) throw new Error(`record ${id} could not be loaded`);
  return record;
}
