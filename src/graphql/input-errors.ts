/**
 * A value a scalar refused (2025-02-30 for a Date) is named by the argument it was given for:
 * `events(filter: { from: ... })` answers BAD_USER_INPUT with the issue at `filter.from`. GraphQL
 * itself reports only where in the document the value is, or which variable held it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';
import { causeOf } from './error-masking.js';
import { InvalidScalarValue } from './resolvers/scalars.js';

export interface ArgumentPlace {
  /** The field the argument belongs to. */
  field: string;
  /** The argument, and the input fields inside it: `filter.from`. */
  argument: string;
}

/** Where `target` (a value node, or a variable by name) is given as an argument, or null. */
export function argumentPlaceOf(document: DocumentNode, target: ASTNode | string): ArgumentPlace | null {
  const fields: string[] = [];
  const argument: string[] = [];
  let found: ArgumentPlace | null = null;
  const matches = (node: ASTNode) =>
    typeof target === 'string' ? node.kind === Kind.VARIABLE && node.name.value === target : node === target;
  visit(document, {
    enter(node) {
      if (found !== null || node.kind === Kind.VARIABLE_DEFINITION) return false;
      if (node.kind === Kind.FIELD) fields.push(node.name.value);
      else if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) argument.push(node.name.value);
      if (matches(node)) found = { field: fields.at(-1) ?? '', argument: argument.join('.') };
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.FIELD) fields.pop();
      else if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) argument.pop();
    },
  });
  return found;
}

/** What Apollo or graphql-js put around the refusal of a scalar. */
function refusalIn(error: GraphQLError): InvalidScalarValue | null {
  const cause = causeOf(error);
  return cause instanceof InvalidScalarValue ? cause : null;
}

/** Adds the argument to every refused scalar value of a request. */
export function namedInputErrors<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, document }) {
          if (!document) return;
          for (const error of errors) {
            const refusal = refusalIn(error);
            const node = error.nodes?.[0];
            if (!refusal || !node) continue;
            const target = node.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : node;
            const place = argumentPlaceOf(document, target);
            if (!place) continue;
            // A variable's own path inside its value, as GraphQL reports it: `at "value.from"`.
            const inside =
              node.kind === Kind.VARIABLE_DEFINITION ? /at "[^".[]*[.[]?([^"]*)"/.exec(error.message) : null;
            refusal.locate(place.field, [place.argument, inside?.[1]].filter(Boolean).join('.'));
          }
        },
      };
    },
  };
}
