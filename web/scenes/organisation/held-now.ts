/** The value of a history (a post, a clearance) held now: the last that began at or before now. */
export function heldNow(
  history: readonly { value: string; from: string }[],
  now = Date.now(),
): string | null {
  let held: string | null = null;
  for (const entry of history) if (Date.parse(entry.from) <= now) held = entry.value;
  return held;
}
