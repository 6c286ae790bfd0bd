import { diffWords } from 'diff';
import { localProblem } from '../local-problem.js';

/** An edit as the API takes it: the characters `from`–`to` that read `original` become `text`, for `reason`. */
export interface DraftEdit {
  from: number;
  to: number;
  original: string;
  text: string;
  reason: string;
}

/** One run of tracked changes, as the API sends them. */
export interface Change {
  change: 'kept' | 'deleted' | 'inserted';
  text: string;
}

/**
 * The edit a reviewer means by quoting a passage of the draft: struck out
 * when `replacement` is empty, replaced otherwise. The passage must occur
 * exactly once, so the range is never a guess. A struck sentence takes the
 * space before it, so the text left reads without a double space.
 *
 * @example editOfPassage('One. Two. Three.', 'Two.', '', 'not ours') // { from: 4, to: 9, original: ' Two.', … }
 */
export function editOfPassage(body: string, passage: string, replacement: string, reason: string): DraftEdit {
  if (passage === '') throw localProblem('passage', 'quote the words of the draft to strike or replace');
  const from = body.indexOf(passage);
  if (from < 0) throw localProblem('passage', 'these words are not in the draft as written');
  if (body.indexOf(passage, from + 1) >= 0)
    throw localProblem(
      'passage',
      'these words occur more than once; quote a few more so they are found once',
    );
  if (reason.trim() === '') throw localProblem('reason', 'an edit needs its reason');
  let start = from;
  const end = from + passage.length;
  const endsClean = end === body.length || /\s/.test(body[end] ?? '');
  if (replacement === '' && start > 0 && body[start - 1] === ' ' && endsClean) start -= 1;
  return { from: start, to: end, original: body.slice(start, end), text: replacement, reason: reason.trim() };
}

/** Whether a new edit's range overlaps one already made (two edits of one place cannot both stand). */
export function overlapsAny(edit: DraftEdit, edits: readonly DraftEdit[]): boolean {
  return edits.some((other) => edit.from < other.to && other.from < edit.to);
}

/**
 * The draft as it would read with the edits, as tracked changes word by word
 * (the `diff` library): what a reviewer sees before sending them.
 */
export function previewOf(body: string, edits: readonly DraftEdit[]): Change[] {
  let text = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    text += body.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  text += body.slice(at);
  return diffWords(body, text).map((part) => ({
    change: part.added ? 'inserted' : part.removed ? 'deleted' : 'kept',
    text: part.value,
  }));
}
