import fc from 'fast-check';

/**
 * Hostile requests for one endpoint of the OpenAPI document, built by fast-check
 * from the endpoint's own schemas: a valid request (the base) with one defect
 * that must make the server refuse it, sometimes with hostile but valid text
 * alongside. Every `refused` request is malformed by construction, so it must be
 * answered 4xx and change nothing; `answered` requests are hostile but may be
 * valid (a search for SQL), so they must only never be a 5xx.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type Method = 'GET' | 'POST' | 'DELETE';

/** One path and method of the document, as the fuzzer needs it. */
export interface Operation {
  key: string;
  method: Method;
  path: string;
  auth: boolean;
  pathParams: string[];
  query: Record<string, JsonSchema>;
  body: JsonSchema | null;
}

/** A valid request for an operation: path parameters, query and body, before any defect. */
export interface Base {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** Credentials to send: valid ones for the base, and a second person's for cross-role requests. */
export interface Callers {
  /** Valid credentials for the base request (an administrator's): token or web session. */
  valid: fc.Arbitrary<Record<string, string>>;
  /** A web session's cookie without its CSRF header. */
  cookieOnly: Record<string, string>;
  /** A signed-in person who is not an administrator. */
  nonAdmin: Record<string, string>;
}

export interface HostileRequest {
  label: string;
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  expect: 'refused' | 'answered';
}

/** The request being built: raw (already encoded) path and query parts, and the body. */
interface Draft {
  params: Record<string, string>;
  query: [string, string][];
  rawQuery: string | null;
  body: unknown;
  rawBody: string | Buffer | null;
  contentType: string | null;
  headers: Record<string, string>;
}

interface Mutation {
  label: string;
  apply(draft: Draft): void;
  expect?: 'refused' | 'answered';
}

// The payloads the brief names, and their cousins.
const SQL = [
  `' OR 1=1 --`,
  `"; drop table cables; --`,
  `1; DELETE FROM audit_log; --`,
  `' UNION SELECT password_hash FROM people --`,
  `%' OR '1'='1`,
];
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
];
const TRAVERSAL = ['../../etc/passwd', '..\\..\\windows\\win.ini', 'file:///etc/passwd', '/dev/zero'];
const ODD_UNICODE = ['\u202eevil', '\ufeffbom', 'ＡＤＭＩＮ', '𝕏𝕐', 'e\u0301', 'Ω', '😀'.repeat(50)];
/** Characters no field accepts: NUL, other C0 controls, DEL, lone surrogates. */
const FORBIDDEN_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0008',
  '\ud800',
  '\udfff',
];

const hostileText = fc.oneof(
  fc.constantFrom(...SQL, ...MARKUP, ...TRAVERSAL, ...ODD_UNICODE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** Hostile text with at least one forbidden character somewhere in it. */
const forbiddenText = fc
  .tuple(hostileText, fc.constantFrom(...FORBIDDEN_CHARACTERS), fc.nat())
  .map(([text, bad, at]) => text.slice(0, at % (text.length + 1)) + bad + text.slice(at % (text.length + 1)));

/** Values of every JSON type, some large, some deep. */
const anyJson = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

const DEEP = 10_000;
const deepArray = `${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`;
const deepObject = `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
/** Placeholders in a body's JSON text for the deep values, spliced in as text: JSON.stringify would overflow. */
const DEEP_MARKERS = {
  array: '__plenipo_fuzz_deep_array__',
  object: '__plenipo_fuzz_deep_object__',
} as const;
/** Over the 256 KiB body limit. */
const OVERSIZED = 'x'.repeat(300 * 1024);

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

/** The JSON types a schema accepts, or null when it accepts anything. */
function typesOf(schema: JsonSchema): Set<string> | null {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const all = alternatives.map(typesOf);
    return all.some((types) => types === null) ? null : new Set(all.flatMap((types) => [...types!]));
  }
  if (schema.const !== undefined) return new Set([jsonTypeOf(schema.const)]);
  if (schema.enum) return new Set(schema.enum.map(jsonTypeOf));
  if (schema.type === undefined) return null;
  const types = [schema.type].flat().map((type) => (type === 'integer' ? 'number' : type));
  return new Set(types);
}

const patternsOf = (schema: JsonSchema): RegExp[] =>
  (schema.anyOf ?? schema.oneOf ?? [schema]).flatMap((s) => (s.pattern ? [new RegExp(s.pattern, 'u')] : []));

/** Whether a string is refused by a string schema's pattern, enum or const. */
function breaksStringRule(schema: JsonSchema, text: string): boolean {
  const alternatives = schema.anyOf ?? schema.oneOf ?? [schema];
  return alternatives.every(
    (s) =>
      (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(text)) ||
      (s.enum !== undefined && !s.enum.includes(text)) ||
      (s.const !== undefined && s.const !== text),
  );
}

const isRuledString = (schema: JsonSchema) =>
  (schema.anyOf ?? schema.oneOf ?? [schema]).every(
    (s) => s.pattern !== undefined || s.enum !== undefined || s.const !== undefined,
  );
const isFreeText = (schema: JsonSchema) => typesOf(schema)?.has('string') === true && !isRuledString(schema);

/** Every field of a body schema, nested ones included, with where it sits. */
interface Field {
  path: (string | number)[];
  schema: JsonSchema;
  required: boolean;
}

function fieldsOf(schema: JsonSchema, path: (string | number)[] = []): Field[] {
  const fields: Field[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const at = [...path, name];
    fields.push({ path: at, schema: property, required: schema.required?.includes(name) ?? false });
    if (property.properties) fields.push(...fieldsOf(property, at));
    if (property.items) {
      fields.push({ path: [...at, 0], schema: property.items, required: false });
      if (property.items.properties) fields.push(...fieldsOf(property.items, [...at, 0]));
    }
  }
  return fields;
}

/** The objects of a body schema that take no unknown fields, where an unknown one is a defect. */
function strictObjectsOf(schema: JsonSchema, path: (string | number)[] = []): (string | number)[][] {
  const found = schema.additionalProperties === false ? [path] : [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push(...strictObjectsOf(property, [...path, name]));
  }
  return found;
}

/** The objects of a body schema that take any extra field (a cable's payload). */
function looseObjectsOf(schema: JsonSchema, path: (string | number)[] = []): (string | number)[][] {
  const found = typeof schema.additionalProperties === 'object' ? [path] : [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push(...looseObjectsOf(property, [...path, name]));
  }
  return found;
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const container = (typeof root === 'object' && root !== null ? root : {}) as Record<
    string | number,
    unknown
  >;
  const [key, ...rest] = path;
  if (rest.length === 0 && remove) delete container[key!];
  else {
    const child = container[key!] ?? (typeof rest[0] === 'number' ? [] : {});
    container[key!] = setAt(child, rest, value, remove);
  }
  return container;
}

const fieldName = (path: (string | number)[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);

/** A value of a JSON type the field does not accept. */
function wrongType(field: Field): fc.Arbitrary<Mutation> | null {
  const accepted = typesOf(field.schema);
  if (accepted === null) return null;
  return anyJson
    .filter((value) => !accepted.has(jsonTypeOf(value)))
    .map((value) => ({
      label: `${fieldName(field.path)} as ${jsonTypeOf(value)}`,
      apply: (draft) => {
        draft.body = setAt(draft.body, field.path, value);
      },
    }));
}

/** Text the field refuses: against its pattern or enum, too long, too short, or with a forbidden character. */
function badText(field: Field): fc.Arbitrary<Mutation> | null {
  const { schema } = field;
  if (!typesOf(schema)?.has('string') || typesOf(schema)!.size > 1) return null;
  const options: fc.Arbitrary<string>[] = [forbiddenText];
  if (isRuledString(schema)) options.push(hostileText.filter((text) => breaksStringRule(schema, text)));
  const maxLength = schema.maxLength;
  if (maxLength !== undefined) {
    options.push(fc.constantFrom('x'.repeat(maxLength + 1), 'я'.repeat(maxLength + 7), 'x'.repeat(200_000)));
  }
  if ((schema.minLength ?? 0) > 0 || patternsOf(schema).length > 0) options.push(fc.constant(''));
  return fc.oneof(...options).map((text) => ({
    label: `${fieldName(field.path)} = ${JSON.stringify(text.slice(0, 40))}${text.length > 40 ? '…' : ''}`,
    apply: (draft) => {
      draft.body = setAt(draft.body, field.path, text);
    },
  }));
}

/** Arrays too long or too short, up to tens of thousands of items. */
function badArray(field: Field): fc.Arbitrary<Mutation> | null {
  const { schema } = field;
  if (schema.type !== 'array') return null;
  const item = schema.items?.enum?.[0] ?? 'molotov';
  // 20,000 items stay under the 256 KiB body limit, so the schema, not the size, must refuse them.
  const lengths = [20_000, ...(schema.maxItems !== undefined ? [schema.maxItems + 1] : [])];
  if ((schema.minItems ?? 0) > 0) lengths.push(0);
  return fc.constantFrom(...lengths).map((length) => ({
    label: `${fieldName(field.path)} with ${length} items`,
    apply: (draft) => {
      draft.body = setAt(
        draft.body,
        field.path,
        Array.from({ length }, () => item),
      );
    },
  }));
}

const missing = (field: Field): Mutation => ({
  label: `without ${fieldName(field.path)}`,
  apply: (draft) => {
    draft.body = setAt(draft.body, field.path, undefined, true);
  },
});

const deepField = (path: (string | number)[], shape: 'array' | 'object'): Mutation => ({
  label: `${fieldName(path) || 'body'} nested ${DEEP} levels (${shape}s)`,
  apply: (draft) => {
    draft.body = setAt(draft.body, path, DEEP_MARKERS[shape]);
  },
});

/** Hostile but valid text in a free-text field, kept alongside the defect: it must travel through harmlessly. */
function noise(fields: Field[]): fc.Arbitrary<Mutation> | null {
  const free = fields.filter((field) => isFreeText(field.schema));
  if (free.length === 0) return null;
  return fc
    .tuple(fc.constantFrom(...free), fc.constantFrom(...SQL, ...MARKUP, ...ODD_UNICODE))
    .map(([field, text]) => ({
      label: `${fieldName(field.path)} = ${JSON.stringify(text)}`,
      apply: (draft) => {
        draft.body = setAt(draft.body, field.path, text.slice(0, field.schema.maxLength ?? text.length));
      },
    }));
}

function bodyMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  if (op.method === 'GET') return []; // Fastify does not read a GET body: there is nothing to refuse.
  const mutations: fc.Arbitrary<Mutation>[] = [];
  const schema = op.body ?? { type: 'object', properties: {}, additionalProperties: false };
  const fields = fieldsOf(schema);
  for (const field of fields) {
    for (const arbitrary of [wrongType(field), badText(field), badArray(field)]) {
      if (arbitrary) mutations.push(arbitrary);
    }
    if (field.required) mutations.push(fc.constant(missing(field)));
  }
  const unknownName = fc.constantFrom(
    'urgent',
    'isAdmin',
    'constructor',
    ...SQL,
    ...MARKUP,
    '\u0000',
    'a'.repeat(1000),
  );
  for (const path of op.body ? strictObjectsOf(schema) : [[]]) {
    mutations.push(
      fc.tuple(unknownName, anyJson).map(([name, value]) => ({
        label: `unknown field ${JSON.stringify(name.slice(0, 30))} in ${fieldName(path) || 'body'}`,
        apply: (draft) => {
          draft.body = setAt(draft.body, [...path, name], value);
        },
      })),
    );
  }
  for (const path of looseObjectsOf(schema)) {
    mutations.push(
      fc.constantFrom(deepField([...path, 'deep'], 'array'), deepField([...path, 'deep'], 'object')),
    );
  }
  const withNoise = noise(fields);
  const defects = fc.oneof(...mutations, ...transportMutations());
  if (!withNoise) return [defects];
  return [
    defects,
    fc.tuple(withNoise, defects).map(([extra, defect]) => ({
      label: `${defect.label}, with ${extra.label}`,
      apply: (draft) => {
        extra.apply(draft);
        defect.apply(draft);
      },
    })),
  ];
}

/** Defects in how the body travels: its bytes, its size, its depth, its content type. */
function transportMutations(): fc.Arbitrary<Mutation>[] {
  const raw = (
    label: string,
    body: string | Buffer,
    contentType: string | null = 'application/json',
  ): Mutation => ({
    label,
    apply: (draft) => {
      draft.rawBody = body;
      draft.contentType = contentType;
    },
  });
  const fixed: Mutation[] = [
    raw('a body nested 10,000 arrays deep', deepArray),
    raw('a body nested 10,000 objects deep', deepObject),
    raw('a body over 256 KiB', JSON.stringify({ padding: OVERSIZED })),
    raw('an array of 300,000 items (over 256 KiB)', JSON.stringify(Array.from({ length: 300_000 }, () => 1))),
    raw('an empty JSON body', ''),
    raw('JSON null', 'null'),
    raw('a JSON string', '"to molotov"'),
    raw('a JSON array', '[{"to":["molotov"]}]'),
    raw('truncated JSON', '{"to": ["molotov"], "subject": '),
    raw('a __proto__ key', '{"__proto__": {"isAdmin": true}}'),
    raw('a constructor.prototype key', '{"constructor": {"prototype": {"isAdmin": true}}}'),
    raw('a raw NUL inside a JSON string', '{"subject": "a\u0000b"}'),
    raw('JSON with a BOM and a forbidden key', '\ufeff{"__proto__": 1}'),
  ];
  const contentTypes = [
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/jsonp',
    'image/png',
    null,
  ];
  const wrongContentType = fc.constantFrom(...contentTypes).map(
    (contentType): Mutation => ({
      label: `sent as ${contentType ?? 'no content type'}`,
      apply: (draft) => {
        // A text/plain body is read as a string: make it one no route accepts.
        draft.rawBody =
          contentType === 'text/plain' ? 'to=molotov&subject=hello' : JSON.stringify(draft.body ?? {});
        draft.contentType = contentType;
      },
    }),
  );
  const invalidUtf8 = fc
    .tuple(
      fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80]),
      fc.nat(),
    )
    .map(
      ([bytes, at]): Mutation => ({
        label: `invalid UTF-8 bytes ${bytes.map((b) => b.toString(16)).join(' ')}`,
        apply: (draft) => {
          const text = Buffer.from(JSON.stringify(draft.body ?? {}), 'utf8');
          const cut = 1 + (at % Math.max(1, text.length - 1));
          draft.rawBody = Buffer.concat([text.subarray(0, cut), Buffer.from(bytes), text.subarray(cut)]);
        },
      }),
    );
  return [fc.constantFrom(...fixed), wrongContentType, invalidUtf8];
}

const BAD_SEGMENTS = [
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..',
  'a'.repeat(10_000),
  '%E0%A4%A',
  '%ED%A0%80',
  '%FF',
  '%',
  '%0d%0aSet-Cookie:%20admin=1',
  '%20',
  ...[...SQL, ...MARKUP, ...TRAVERSAL, ...FORBIDDEN_CHARACTERS].map(encodeText),
];

function pathMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  if (op.pathParams.length === 0) return [];
  return [
    fc.tuple(fc.constantFrom(...op.pathParams), fc.constantFrom(...BAD_SEGMENTS)).map(([name, segment]) => ({
      label: `path {${name}} = ${segment.slice(0, 40)}`,
      // A bare `..` is resolved before the request leaves the client, so the server sees
      // another path, which may be a real route (/api/conferences/../deadlines is /api/deadlines):
      // it must still never fail, but it need not be refused.
      ...(segment === '..' ? { expect: 'answered' as const } : {}),
      apply: (draft) => {
        draft.params[name] = segment;
      },
    })),
  ];
}

/**
 * Percent-encodes text for a URL. A lone surrogate has no UTF-8 form, so it is
 * sent as the three bytes a careless client would produce (WTF-8), which the
 * server must refuse as it would any URL that is not UTF-8.
 */
function encodeText(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      encoded += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else encoded += encodeURIComponent(char);
  }
  return encoded;
}

const BAD_INTEGERS = ['-1', 'NaN', 'abc', '1.5', '1e999', '0x1g', '%00', ' ', '9'.repeat(400), "' OR 1=1 --"];

function badQueryValue(schema: JsonSchema): fc.Arbitrary<string> {
  const types = typesOf(schema);
  if (types?.has('number') && types.size === 1) {
    const outside = [schema.minimum, schema.maximum].flatMap((bound, i) =>
      bound === undefined ? [] : [String(i === 0 ? bound - 1 : bound + 1)],
    );
    const breaks = (text: string) => {
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return true;
      return (
        (schema.minimum !== undefined && n < schema.minimum) ||
        (schema.maximum !== undefined && n > schema.maximum)
      );
    };
    return fc.constantFrom(...BAD_INTEGERS, ...outside).filter(breaks);
  }
  if (isRuledString(schema)) return hostileText.filter((text) => breaksStringRule(schema, text));
  return fc.oneof(forbiddenText, fc.constant('x'.repeat((schema.maxLength ?? 10_000) + 1)));
}

function queryMutations(op: Operation): fc.Arbitrary<Mutation>[] {
  const mutations: fc.Arbitrary<Mutation>[] = [];
  const declared = Object.entries(op.query);
  if (declared.length > 0) {
    mutations.push(
      fc
        .constantFrom(...declared)
        .chain(([name, schema]) => badQueryValue(schema).map((value) => [name, value] as const))
        .map(([name, value]) => ({
          label: `?${name}=${JSON.stringify(value.slice(0, 40))}`,
          apply: (draft) => {
            draft.query = draft.query.filter(([key]) => key !== name);
            draft.query.push([name, encodeText(value)]);
          },
        })),
      fc.constantFrom(...declared).map(([name]) => ({
        label: `?${name} given twice`,
        apply: (draft) => {
          draft.query.push([name, '1'], [name, '2']);
        },
      })),
    );
  }
  const unknownName = fc.constantFrom(
    'colour',
    'admin',
    '__proto__',
    'constructor',
    "' OR 1=1 --",
    '<script>',
    'a'.repeat(2000),
  );
  mutations.push(
    unknownName.map((name) => ({
      label: `unknown parameter ${JSON.stringify(name.slice(0, 30))}`,
      apply: (draft) => {
        draft.query.push([encodeURIComponent(name), '1']);
      },
    })),
    fc
      .constantFrom(
        '%00=1',
        'a[b]=c',
        '__proto__[admin]=1',
        'constructor[prototype][admin]=1',
        '%E0%A4%A=1',
        ';a=1',
        'x=%ED%A0%80',
      )
      .map((raw) => ({
        label: `query string ${raw}`,
        apply: (draft) => {
          draft.rawQuery = raw;
        },
      })),
  );
  return mutations;
}

/** Hostile but valid values in free-text query parameters (a search for SQL): only never a 5xx. */
function queryProbes(op: Operation): fc.Arbitrary<Mutation>[] {
  const free = Object.entries(op.query).filter(([, schema]) => isFreeText(schema));
  if (free.length === 0) return [];
  return [
    fc
      .tuple(fc.constantFrom(...free), fc.constantFrom(...SQL, ...MARKUP, ...ODD_UNICODE, ...TRAVERSAL))
      .map(([[name], text]) => ({
        label: `?${name}=${JSON.stringify(text)} (valid, hostile)`,
        expect: 'answered',
        apply: (draft) => {
          draft.query = draft.query.filter(([key]) => key !== name);
          draft.query.push([name, encodeURIComponent(text)]);
        },
      })),
  ];
}

function authMutations(op: Operation, callers: Callers): fc.Arbitrary<Mutation>[] {
  if (!op.auth) return [];
  const as = (label: string, headers: Record<string, string>): Mutation => ({
    label,
    apply: (draft) => {
      draft.headers = headers;
    },
  });
  const options: Mutation[] = [
    as('no credentials', {}),
    as('a forged API token', { authorization: 'Bearer plt_forged' }),
    as('an API token of 20,000 characters', { authorization: `Bearer ${'x'.repeat(20_000)}` }),
    as('Basic credentials', { authorization: 'Basic cG9za3JlYnlzaGV2OmRlbW8=' }),
    as('a forged session cookie', { cookie: 'plenipo_session=forged' }),
    as('a session cookie with a bad escape', { cookie: 'plenipo_session=%E0%A4%A' }),
  ];
  if (op.method !== 'GET') {
    options.push(as('a session cookie without the CSRF header', callers.cookieOnly));
    options.push(
      as('a session cookie with a forged CSRF header', { ...callers.cookieOnly, 'x-plenipo-csrf': 'forged' }),
    );
  }
  if (op.path.startsWith('/api/admin/'))
    options.push(as('a person who is not an administrator', callers.nonAdmin));
  return [fc.constantFrom(...options)];
}

/** Every kind of hostile request for one operation. */
export function hostileRequests(op: Operation, base: Base, callers: Callers): fc.Arbitrary<HostileRequest> {
  const mutation = fc.oneof(
    ...bodyMutations(op),
    ...pathMutations(op),
    ...queryMutations(op),
    ...queryProbes(op),
    ...authMutations(op, callers),
  );
  return fc
    .tuple(op.auth ? callers.valid : fc.constant({}), mutation)
    .map(([headers, { label, apply, expect }]) => {
      const draft: Draft = {
        params: Object.fromEntries(
          op.pathParams.map((name) => [name, encodeURIComponent(base.params?.[name] ?? 'x')]),
        ),
        query: Object.entries(base.query ?? {}).map(([key, value]) => [key, encodeURIComponent(value)]),
        rawQuery: null,
        body: structuredClone(base.body ?? (op.body ? {} : undefined)),
        rawBody: null,
        contentType: 'application/json',
        headers,
      };
      apply(draft);
      return toRequest(op, draft, label, expect ?? 'refused');
    });
}

function toRequest(
  op: Operation,
  draft: Draft,
  label: string,
  expect: 'refused' | 'answered',
): HostileRequest {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => draft.params[name]!);
  const query = draft.rawQuery ?? draft.query.map(([key, value]) => `${key}=${value}`).join('&');
  const request: HostileRequest = {
    label,
    method: op.method,
    url: query ? `${path}?${query}` : path,
    headers: { ...draft.headers },
    expect,
  };
  if (op.method === 'GET') return request;
  let payload = draft.rawBody ?? (draft.body === undefined ? undefined : JSON.stringify(draft.body));
  if (typeof payload === 'string') {
    payload = payload
      .replace(JSON.stringify(DEEP_MARKERS.array), deepArray)
      .replace(JSON.stringify(DEEP_MARKERS.object), deepObject);
  }
  if (payload !== undefined) request.payload = payload;
  if (draft.contentType && payload !== undefined) request.headers['content-type'] = draft.contentType;
  return request;
}
