import { diffSetup, SetupDocumentSchema } from '../../core/index.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import type { Authority } from './authority.js';
import { describeChange } from './describe-change.js';
import { organisationState } from './organisation-state.js';
import { recordSetup, type SetupOptions, type SetupResult } from './record-setup.js';

export interface ApplyResult extends SetupResult {
  /** One line per change, as a dry run prints them. */
  lines: string[];
}

/**
 * Sets up or amends an organisation and its conferences from one document
 * (the YAML setup file, an example): records the difference from what the
 * chain holds as one setup entry, or nothing when it already holds. Errors
 * name the document's field (`people[3].post`), and change nothing.
 */
export async function applySetupDocument(
  services: Services,
  authority: Authority,
  input: unknown,
  options: Pick<SetupOptions, 'dryRun' | 'passwords' | 'passwordHashes'> = {},
): Promise<ApplyResult> {
  const document = parseInput(SetupDocumentSchema, input);
  const planned = diffSetup(await organisationState(services.store), document, services.now());
  if (planned.length === 0) return { entry: null, changes: [], lines: [] };
  const result = await recordSetup(
    services,
    authority,
    planned.map((p) => p.change),
    {
      ...options,
      fieldOf: (index, field) => {
        const source = planned[index]!.source;
        const inner = source.at(-1) === 'plan' ? field.replace(/^plan\.?/, '') : field;
        return pathText([...source, ...(inner ? [inner] : [])]);
      },
    },
  );
  return { ...result, lines: result.changes.map(describeChange) };
}

/** `['people', 3, 'post']` → `people[3].post`. */
function pathText(path: (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}
