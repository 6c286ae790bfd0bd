import type { SetupChange } from '../../core/index.js';

/** One line saying what a setup change does, for the entry's text, the audit log and a dry run. */
export function describeChange(change: SetupChange): string {
  switch (change.op) {
    case 'post.create':
      return `post ${change.id} created: ${change.name}, ${change.place || 'no place'} (${change.zone})`;
    case 'post.change':
      return `post ${change.id} changed: ${fieldsOf(change)}`;
    case 'post.close':
      return `post ${change.id} closed from ${change.at}`;
    case 'series.create':
      return `series ${change.code} created: ${change.name}, from ${change.fromPost}${change.toPost ? ` to ${change.toPost}` : ''}`;
    case 'series.close':
      return `series ${change.code} closed from ${change.at}`;
    case 'person.create':
      return `person ${change.id} created: ${change.name} at ${change.post}, cleared ${change.clearance}${change.roles.length ? `, roles ${change.roles.join(', ')}` : ''}`;
    case 'person.change':
      return `person ${change.id} changed: ${fieldsOf(change)}`;
    case 'person.move':
      return `person ${change.id} moves to ${change.post} from ${change.from}`;
    case 'person.key':
      return `person ${change.id} has a new signing key`;
    case 'person.roles':
      return `person ${change.id} now holds roles: ${change.roles.join(', ') || 'none'}`;
    case 'person.clearance':
      return `person ${change.id} cleared ${change.level} from ${change.from}`;
    case 'person.alias':
      return `person ${change.id} answers to the alias ${change.alias}`;
    case 'person.end':
      return `person ${change.id} leaves from ${change.at}`;
    case 'group.create':
      return `group ${change.id} created: ${change.name}`;
    case 'group.change':
      return `group ${change.id} changed: ${fieldsOf(change)}`;
    case 'membership.start':
      return `${change.person} joins ${change.group} from ${change.from}`;
    case 'membership.end':
      return `${change.person} leaves ${change.group} from ${change.until}`;
    case 'classification.set':
      return `classification scheme: ${change.levels.join(' < ')}`;
    case 'conference.create':
      return `conference ${change.id} created: ${change.name}, ${change.place}, ${change.startsOn} to ${change.endsOn}`;
    case 'conference.change':
      return `conference ${change.id} changed: ${fieldsOf(change)}`;
    case 'conference.plan':
      return `conference ${change.id} plan: ${change.plan.parties.length} parties, ${change.plan.issues.length} issues, ${change.plan.sessions.length} sessions`;
  }
}

function fieldsOf(change: Record<string, unknown>): string {
  return Object.entries(change)
    .filter(([key]) => key !== 'op' && key !== 'id')
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
    .join(', ');
}
