import { readFileSync } from 'node:fs';
import { DomainError, REGISTRY_PRINCIPAL } from '../../core/index.js';
import { disablePerson, enablePerson } from '../../services/accounts/person-disablement.js';
import { unlockLogin } from '../../services/accounts/unlock-login.js';
import { openServices } from '../../services/open-services.js';
import { createPerson, listPeople } from '../../services/organisation/administer-organisation.js';
import { OPERATOR } from '../../services/organisation/authority.js';
import { promptHidden } from './remote.js';

export interface AddUserOptions {
  db: string;
  id: string;
  name: string;
  title?: string;
  post?: string;
  admin?: boolean;
  passwordStdin?: boolean;
}

/** The command-line flag for each field the service may name in a refusal. */
const FLAG_OF: Record<string, string> = {
  id: '--id',
  name: '--name',
  title: '--title',
  postId: '--post',
  isAdmin: '--admin',
  password: 'the password',
};

/** `plenipo users add`: a person with a new signing key, on the operator's authority (audited with no actor). */
export async function addUser(options: AddUserOptions): Promise<void> {
  const password = options.passwordStdin
    ? readFileSync(0, 'utf8').replace(/\r?\n$/, '')
    : await promptHidden(`Password for ${options.id}: `);
  const services = await openServices(options.db);
  try {
    const person = await createPerson(services, OPERATOR, {
      id: options.id,
      name: options.name,
      title: options.title ?? '',
      postId: options.post,
      password,
      isAdmin: options.admin ?? false,
    }).catch((error: unknown) => {
      throw inFlags(error);
    });
    const role = person.isAdmin ? ', an administrator' : '';
    const post = person.postId === REGISTRY_PRINCIPAL ? 'the registry' : person.postId;
    process.stdout.write(`Added ${person.name} (id and login ${person.id}, post ${post}${role})\n`);
  } finally {
    await services.store.close();
  }
}

/** `plenipo users list`: everyone, with their post, role and the groups they belong to now. */
export async function listUsers(options: { db: string; json?: boolean }): Promise<void> {
  const services = await openServices(options.db);
  try {
    const people = await listPeople(services, OPERATOR);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(people, null, 2)}\n`);
      return;
    }
    const width = Math.max(2, ...people.map((p) => p.id.length));
    process.stdout.write(`${'id'.padEnd(width)}  ${'post'.padEnd(12)} admin  groups now      name, title\n`);
    for (const person of people) {
      const groups = person.groups.join(',') || '-';
      const title = person.title ? `, ${person.title}` : '';
      process.stdout.write(
        `${person.id.padEnd(width)}  ${person.postId.padEnd(12)} ${(person.isAdmin ? 'yes' : 'no').padEnd(6)} ${groups.padEnd(15)} ${person.name}${title}\n`,
      );
    }
  } finally {
    await services.store.close();
  }
}

/** `plenipo users unlock LOGIN`: lifts a login's lock after wrong passwords, on the operator's authority (audited). */
export async function unlockUser(login: string, options: { db: string }): Promise<void> {
  const services = await openServices(options.db);
  try {
    const { login: unlocked, wasLockedUntil } = await unlockLogin(services, OPERATOR, { login });
    process.stdout.write(
      wasLockedUntil
        ? `Unlocked ${unlocked} (it was locked until ${wasLockedUntil}); its wrong passwords are forgotten\n`
        : `${unlocked} was not locked; its wrong passwords, if any, are forgotten\n`,
    );
  } finally {
    await services.store.close();
  }
}

/**
 * `plenipo users disable ID` and `enable ID`, on the operator's authority (audited): a running server
 * closes the person's live streams within seconds (its streams recheck their sessions).
 */
export async function setUserDisabled(id: string, options: { db: string }, disabled: boolean): Promise<void> {
  const services = await openServices(options.db);
  try {
    const status = await (disabled ? disablePerson : enablePerson)(services, OPERATOR, id);
    process.stdout.write(
      status.disabled
        ? `Disabled ${id}: sign-in refused, every session and API token ended\n`
        : `Enabled ${id}: they may sign in again\n`,
    );
  } finally {
    await services.store.close();
  }
}

/** A refusal naming a field, reworded to name the flag the operator typed. */
function inFlags(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.field) return error;
  const flag = FLAG_OF[error.field] ?? error.field;
  return new DomainError(error.code, error.message.replace(`${error.field}:`, `${flag}:`), flag);
}
