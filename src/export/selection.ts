/**
 * What an export contains: the same selection as the `neighbourhood` query, given as URL query
 * parameters (HTTP) or command-line flags (CLI), validated by one schema.
 */
import { z } from 'zod';
import { EVENT_TYPES, VERIFICATION_STATUSES } from '../domain/vocabulary.js';
import { ValidationError } from '../errors.js';
import type { ExploreFilter } from '../services/exploration.js';
import { EXPORT_FORMATS, type ExportFormatName } from './formats.js';

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const selectionSchema = z.strictObject({
  format: z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]]),
  ids: list(z.string().min(1)).pipe(z.array(z.string()).min(1, 'give at least one id')),
  depth: z.coerce.number().int().min(0).max(4).default(1),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  from: date.optional(),
  to: date.optional(),
  eventTypes: list(z.enum(EVENT_TYPES)).optional(),
  verification: list(z.enum(VERIFICATION_STATUSES)).optional(),
  source: z.string().optional(),
});

export type Selection = z.infer<typeof selectionSchema>;

export function parseSelection(raw: Record<string, unknown>): Selection {
  const parsed = selectionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError(
      'Invalid export',
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(query)', message: i.message })),
    );
  }
  return parsed.data;
}

export function filterOf(selection: Selection): ExploreFilter {
  return {
    from: selection.from ?? null,
    to: selection.to ?? null,
    eventTypes: selection.eventTypes?.length ? selection.eventTypes : null,
    verification: selection.verification?.length ? selection.verification : null,
    sourceId: selection.source ?? null,
  };
}
