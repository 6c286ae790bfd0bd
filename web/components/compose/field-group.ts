import type { ApiError } from '../../api/api-error.js';
import type { ComposeForm, FieldErrors } from '../../scenes/compose-form.js';

/** What the compose scene hands each group of its fields. */
export interface FieldGroupProps {
  form: ComposeForm;
  set: <K extends keyof ComposeForm>(key: K, value: ComposeForm[K]) => void;
  /** Whether a field is to be marked: a problem found before sending, or the field the server named. */
  blames: (name: keyof ComposeForm) => boolean;
  errors: FieldErrors;
  serverError?: ApiError | Error | null;
}
