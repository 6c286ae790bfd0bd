import { notFound, type SignedHead } from '../../../core/index.js';
import { signRegistryHead } from '../../integrity/sign-registry-head.js';
import type { Services } from '../../services.js';

/** A registry head the server has signed (signing now, after verifying, if need be) that covers the cable at `seq`. */
export async function headCovering(services: Services, seq: number): Promise<SignedHead> {
  const latest = await services.store.heads.latest();
  if (latest && latest.seq >= seq) return latest;
  const { head } = await signRegistryHead(services);
  if (head && head.seq >= seq) return head;
  // A cable registered between the selection and the signing: one more signing covers it.
  const again = await signRegistryHead(services);
  if (again.head && again.head.seq >= seq) return again.head;
  throw notFound('signed registry head');
}
