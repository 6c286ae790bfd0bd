import type { z } from 'zod';
import { invalidInput } from '../core/index.js';

/** `['to', 1]` → `to[1]`: the field path the API names in its errors. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** Parses input with a schema, or throws `invalid-input` naming the first field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const field = fieldPath([...issue.path, issue.keys[0]!]);
    throw invalidInput(field, 'is not a field this request accepts');
  }
  return invalidInputFrom(fieldPath(issue.path) || root, plainMessage(issue, input));
}

/** "must be at most 200 characters long", "must have at least 1 item", "must be at most 1000". */
function bound(origin: string, limit: number | bigint, atMost: boolean): string {
  if (!atMost && Number(limit) === 1 && origin === 'string') return 'must not be empty';
  const counted = origin === 'array' || origin === 'set';
  const unit = counted ? ' item' : origin === 'string' ? ' character' : '';
  const plural = unit && Number(limit) !== 1 ? 's' : '';
  const tail = origin === 'string' ? ' long' : '';
  return `${counted ? 'must have' : 'must be'} at ${atMost ? 'most' : 'least'} ${limit}${unit}${plural}${tail}`;
}

/**
 * Zod's own wording, said plainly for the API's readers: "is required" rather
 * than "expected string, received undefined", "must be at most 200" rather
 * than "Too big: expected number to be <=200". Messages the schemas wrote
 * themselves are kept as they are.
 */
function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length > 0 && valueAt(input, issue.path) === undefined)
        return `is required (${issue.expected})`;
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'number') return 'must be a number';
      break;
    case 'too_big':
      if (issue.message.startsWith('Too big')) return bound(issue.origin, issue.maximum, true);
      break;
    case 'too_small':
      if (issue.message.startsWith('Too small')) return bound(issue.origin, issue.minimum, false);
      break;
    case 'invalid_union': {
      // Name what each accepted form wanted: "Invalid ISO datetime, or Invalid ISO date".
      const wanted = issue.errors.map((alternative) => alternative[0]?.message).filter(Boolean);
      if (wanted.length > 0) return `matches no accepted form: ${[...new Set(wanted)].join(', or ')}`;
      break;
    }
  }
  return issue.message.replace(/^Invalid input: /, '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function invalidInputFrom(field: string, message: string): never {
  throw invalidInput(field, message);
}
