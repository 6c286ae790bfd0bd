import {
  DomainError,
  instantOf,
  isReleasePayload,
  notFound,
  type WithdrawalPayload,
  WithdrawalRequestSchema,
} from '../../../core/index.js';
import { recordAudit } from '../../integrity/record-audit.js';
import { parseInput } from '../../parse-input.js';
import type { Services } from '../../services.js';
import { appendReleaseEntry, type ReleaseAuthority, requireArchivist } from './release-entry.js';

/**
 * Withdraws a release from a date (issue 15: nothing is ever un-released
 * silently): a withdrawal is another signed entry, and the release's grants
 * end at its date. A release already withdrawn is a conflict.
 */
export async function withdrawRelease(
  services: Services,
  authority: ReleaseAuthority,
  reference: string,
  input: unknown,
) {
  const author = await requireArchivist(services, authority);
  const request = parseInput(WithdrawalRequestSchema, input);
  const found = await services.store.registry.resolveReference(reference);
  const release = found ? await services.store.registry.atSeq(found.seq) : null;
  if (release?.kind !== 'release' || !isReleasePayload(release.payload)) throw notFound('release');
  const { grants } = await services.store.releases.rows();
  const own = grants.filter((grant) => grant.entrySeq === release.seq);
  if (own.length > 0 && own.every((grant) => grant.untilAt !== null))
    throw new DomainError('conflict', `The release ${release.number} is already withdrawn.`);
  const payload: WithdrawalPayload = {
    type: 'release-withdrawal',
    release: release.id,
    from: request.from,
    reason: request.reason,
  };
  const entry = await appendReleaseEntry(
    services,
    author,
    `Withdrawal of the release ${release.number} from ${request.from}`,
    `The release ${release.number} is withdrawn from ${request.from}: ${request.reason}`,
    payload,
  );
  await services.store.releases.withdraw(release.seq, instantOf(request.from));
  await recordAudit(services, 'operator' in authority ? null : author, 'release.withdraw', entry.number, {
    release: release.number,
    from: request.from,
  });
  return { entry, release: release.number };
}
