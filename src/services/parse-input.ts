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
  // Zod words a missing field as "expected string, received undefined"; say plainly that it is required.
  const missing =
    issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  const message = missing ? `is required (${issue.expected})` : issue.message.replace(/^Invalid input: /, '');
  return invalidInputFrom(fieldPath(issue.path) || root, message);
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
