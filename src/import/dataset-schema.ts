/**
 * The one schema for everything that enters the graph: dataset files, editors' mutations and the
 * CLI all validate with it, so a rule holds the same way wherever data comes in.
 * The format is documented in docs/data-format.md.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  CLAIM_ABOUT_PREDICATES,
  COUNT_MEASURES,
  COUNT_QUALIFIERS,
  COUNT_UNITS,
  ENTITY_OBJECT_PREDICATES,
  EVENT_TYPES,
  FACTION_KINDS,
  PLACE_KINDS,
  PREDICATES,
  RELIABILITY_GRADES,
  ROLES,
  SOURCE_FORMS,
  SOURCE_KINDS,
  VERIFICATION_STATUSES,
} from '../domain/vocabulary.js';

export const DATASET_FORMAT = 'claimgraph/1';

/** Ids are stable, readable slugs such as `place:banias`; they are the ids the API returns. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*:[a-z0-9][a-z0-9._-]*$/,
    'must be a lower-case slug with a type prefix, such as "place:banias"',
  )
  .max(120);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
/** A date at day, month or year precision: 2025-03-06, 2024-12 or 2012. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/**
 * A detail of a protected record that its source did publish ("first name": "Tomas", "town":
 * "Bramwick"): shown beside the public label to callers without clearance; nothing else is.
 */
export const publishedDetailSchema = z.strictObject({
  field: text(100),
  value: text(500),
});

const publishedDetails = z.array(publishedDetailSchema).max(20).default([]);

/** Published details belong to protected records: an unprotected one shows everything anyway. */
function checkPublishedDetails(
  record: { protected: boolean; publishedDetails: unknown[] },
  ctx: z.RefinementCtx,
): void {
  if (record.publishedDetails.length > 0 && !record.protected) {
    ctx.addIssue({
      code: 'custom',
      path: ['publishedDetails'],
      message: 'only a protected record has published details (an unprotected one is shown whole)',
    });
  }
}

export const aliasSchema = z.strictObject({
  name: text(200),
  /** The source that used this spelling. */
  source: idSchema,
  note: text(500).optional(),
});

const entityBase = {
  id: idSchema,
  name: text(200),
  description: text(2000).optional(),
  aliases: z.array(aliasSchema).max(200).default([]),
  /** A protected entity is shown by its public label only, unless the caller has clearance. */
  protected: z.boolean().default(false),
  publicLabel: text(200).optional(),
  publishedDetails,
};

export const actorSchema = z.strictObject({
  ...entityBase,
  type: z.literal('Actor'),
  kind: z.enum(ACTOR_KINDS),
});

export const factionSchema = z.strictObject({
  ...entityBase,
  type: z.literal('Faction'),
  kind: z.enum(FACTION_KINDS),
});

export const locationSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const placeSchema = z.strictObject({
  ...entityBase,
  type: z.literal('Place'),
  kind: z.enum(PLACE_KINDS),
  /** WGS-84 coordinates, where known. */
  location: locationSchema.optional(),
  /** The place that contains this one: al-Qusour is part of Banias. */
  partOf: idSchema.optional(),
});

export const eventSchema = z.strictObject({
  ...entityBase,
  type: z.literal('Event'),
  eventType: z.enum(EVENT_TYPES),
  /** A larger event this one belongs to. */
  partOf: idSchema.optional(),
});

export const entitySchema = z
  .discriminatedUnion('type', [actorSchema, factionSchema, placeSchema, eventSchema])
  .superRefine((entity, ctx) => {
    if (entity.protected && !entity.publicLabel) {
      ctx.addIssue({
        code: 'custom',
        path: ['publicLabel'],
        message: 'a protected entity needs a publicLabel to be shown by',
      });
    }
    checkPublishedDetails(entity, ctx);
  });

export const reliabilitySchema = z.strictObject({
  grade: z.enum(RELIABILITY_GRADES),
  gradedBy: text(200),
  gradedOn: isoDate,
  note: text(1000).optional(),
});

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    name: text(300),
    /** Who speaks: a media outlet, a monitor, a witness, an official, "reports"... */
    kind: z.enum(SOURCE_KINDS),
    form: z.enum(SOURCE_FORMS),
    /** The actor or faction whose words this source carries, if known. */
    speaker: idSchema.optional(),
    author: text(300).optional(),
    // Only web links: a javascript: or file: URL would run or open something in a reader's browser.
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    publishedOn: isoDate.optional(),
    description: text(2000).optional(),
    protected: z.boolean().default(false),
    publicLabel: text(200).optional(),
    publishedDetails,
    reliability: reliabilitySchema.optional(),
    /** Sources this one passes on. Attribution chains of claims add to these. */
    relays: z.array(idSchema).max(100).default([]),
  })
  .superRefine((source, ctx) => {
    if (source.protected && !source.publicLabel) {
      ctx.addIssue({
        code: 'custom',
        path: ['publicLabel'],
        message: 'a protected source needs a publicLabel to be shown by',
      });
    }
    checkPublishedDetails(source, ctx);
  });

export const countSchema = z
  .strictObject({
    /** The number as written ("740" in "more than 740"); absent for "dozens", "hundreds"... */
    value: z.number().nonnegative().optional(),
    qualifier: z.enum(COUNT_QUALIFIERS),
    unit: z.enum(COUNT_UNITS).default('PEOPLE'),
    measure: z.enum(COUNT_MEASURES),
    /** Who was counted: "civilians", "security forces and remnants". */
    category: text(200).optional(),
    /** Explicit bounds, where the source gives them; otherwise derived from value and qualifier. */
    low: z.number().nonnegative().optional(),
    high: z.number().nonnegative().optional(),
  })
  .superRefine((count, ctx) => {
    const needsValue = ['EXACT', 'ABOUT', 'MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'AT_MOST'];
    if (needsValue.includes(count.qualifier) && count.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `qualifier ${count.qualifier} needs a value`,
      });
    }
    if (count.low !== undefined && count.high !== undefined && count.low > count.high) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed high' });
    }
  });

/**
 * When something happened. Either explicit bounds (start, optional end, precision) or a phrase
 * from the text ("on Thursday", "last December") resolved against an anchor date, which defaults
 * to the date the claim was said.
 */
export const timeSchema = z
  .strictObject({
    phrase: text(200).optional(),
    anchor: isoDate.optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
  })
  .refine((t) => t.phrase !== undefined || t.start !== undefined, {
    message: 'give a phrase to resolve or an explicit start',
  });

export const verificationStepSchema = z.strictObject({
  /** What was checked: "geolocated the video", "called the hospital". */
  check: text(500),
  by: text(200),
  on: isoDate,
  result: z.enum(['CONFIRMED', 'REFUTED', 'INCONCLUSIVE']),
  note: text(1000).optional(),
});

export const claimSchema = z
  .strictObject({
    id: idSchema,
    /**
     * The attribution chain, from the source that published the quote to the original speaker:
     * ["source:bbc-report", "source:fares-testimony"]. One element means first-hand.
     */
    chain: z.array(idSchema).min(1).max(10),
    /** The verbatim words in the publishing source that carry this claim. */
    quote: text(4000),
    predicate: z.enum(PREDICATES),
    subject: idSchema.optional(),
    object: idSchema.optional(),
    role: z.enum(ROLES).optional(),
    count: countSchema.optional(),
    /** What was said or described, in the dataset's words, for STATED, DESCRIBED_AS and OCCURRED. */
    statement: text(2000).optional(),
    time: timeSchema.optional(),
    /** Places the claim is about, beyond its subject and object. */
    places: z.array(idSchema).max(50).default([]),
    /** The claims this claim is about (CONFIRMS, CANNOT_VERIFY, DISPUTES). */
    about: z.array(idSchema).max(200).default([]),
    /** When it was said; defaults to the publication date of the first source in the chain. */
    saidOn: isoDate.optional(),
    credibility: z.number().int().min(1).max(6).default(6),
    verification: z.enum(VERIFICATION_STATUSES).default('UNVERIFIED'),
    /** True when the quote would identify a protected source: withheld without clearance. */
    identifying: z.boolean().default(false),
    /**
     * For an identifying claim: the fact itself was published (only its words would identify).
     * Shown without clearance with its quote withheld; otherwise it is not shown at all.
     */
    factPublished: z.boolean().default(false),
    verificationSteps: z.array(verificationStepSchema).max(50).default([]),
    /** Claims this claim supports or contradicts, as an editor judged. */
    supports: z.array(idSchema).max(200).default([]),
    contradicts: z.array(idSchema).max(200).default([]),
    note: text(2000).optional(),
  })
  .superRefine((claim, ctx) => {
    const need = (field: 'subject' | 'object' | 'role' | 'count' | 'time', why: string) => {
      if (claim[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${claim.predicate} ${why}` });
      }
    };
    if (CLAIM_ABOUT_PREDICATES.includes(claim.predicate)) {
      if (claim.about.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['about'],
          message: `${claim.predicate} needs the ids of the claims it is about`,
        });
      }
    } else {
      need('subject', 'needs a subject');
    }
    if (ENTITY_OBJECT_PREDICATES.includes(claim.predicate)) need('object', 'needs an object');
    if (claim.predicate === 'PARTICIPATED_IN') need('role', 'needs a role');
    if (claim.predicate === 'COUNT') need('count', 'needs a count');
    if (claim.predicate === 'OCCURRED_ON') need('time', 'needs a time');
    if (claim.factPublished && !claim.identifying) {
      ctx.addIssue({
        code: 'custom',
        path: ['factPublished'],
        message: 'only an identifying claim says whether its fact was published (others are shown whole)',
      });
    }
    if (claim.role !== undefined && claim.predicate !== 'PARTICIPATED_IN') {
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'only PARTICIPATED_IN takes a role' });
    }
  });

export const datasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  dataset: z.strictObject({
    id: idSchema,
    title: text(300),
    description: text(4000).optional(),
  }),
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  claims: z.array(claimSchema).default([]),
});

/** What a file is: the top of a JSON dataset, and the first line of a JSON Lines one. */
export const datasetHeaderSchema = datasetSchema.pick({ format: true, dataset: true });

/** The records a dataset is made of, by the key that holds them on a JSON Lines line. */
export const RECORD_SCHEMAS = { source: sourceSchema, entity: entitySchema, claim: claimSchema } as const;
export type RecordKind = keyof typeof RECORD_SCHEMAS;

export type AliasInput = z.infer<typeof aliasSchema>;
export type PublishedDetailInput = z.infer<typeof publishedDetailSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type CountInput = z.infer<typeof countSchema>;
export type TimeInput = z.infer<typeof timeSchema>;
export type DatasetInput = z.infer<typeof datasetSchema>;
export type DatasetHeader = z.infer<typeof datasetHeaderSchema>;

/**
 * The words the format's checks use, where zod's would mislead: a field left out is "required",
 * not "expected string, received undefined". Pass as `safeParse(value, DATASET_PARSE_OPTIONS)`.
 */
export const DATASET_PARSE_OPTIONS = {
  error: (issue: z.core.$ZodRawIssue) => {
    // A discriminated union (an entity's `type`) reports on the record, naming the field it read.
    const discriminator = (issue as { discriminator?: string }).discriminator;
    const options = (issue as { options?: unknown[] }).options;
    if (issue.code === 'invalid_union' && discriminator && Array.isArray(options)) {
      const given = (issue.input as Record<string, unknown> | null)?.[discriminator];
      return `${given === undefined ? 'required' : 'not one of the allowed values'}: one of ${options.join(', ')}`;
    }
    if (issue.input !== undefined) return undefined;
    if (issue.code === 'invalid_type') return `required (${issue.expected})`;
    if (issue.code === 'invalid_value') return `required: one of ${issue.values.map(String).join(', ')}`;
    return undefined;
  },
};
