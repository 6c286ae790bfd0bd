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
  return invalidInputFrom(fieldPath(issue.path) || root, issue.message);
}

function invalidInputFrom(field: string, message: string): never {
  throw invalidInput(field, message);
}
