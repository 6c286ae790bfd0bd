import { cloneElement, type ReactElement } from 'react';

interface FormFieldProps {
  label: string;
  /** Id of the control inside, which the label names. */
  htmlFor: string;
  /** Form field name, for finding the field the API blames. */
  field: string;
  /** What is wrong with the value, shown under the control and read with it. */
  error?: string | null | undefined;
  /** Outlined as in error without a message of its own (the message is elsewhere). */
  invalid?: boolean;
  hint?: string;
  /** One native control (a select, an input): it is given the label's id links. */
  children: ReactElement<{ 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

/**
 * A labelled native control (a select keeps the phone's own picker) with its
 * hint and error linked to it, outlined when the server or the form names it
 * as the field in error. Text fields use TextField (React Aria) instead.
 */
export function FormField({ label, htmlFor, field, error, invalid, hint, children }: FormFieldProps) {
  const wrong = Boolean(error) || Boolean(invalid);
  const described = [hint ? `${htmlFor}-hint` : '', error ? `${htmlFor}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-field${wrong ? ' invalid' : ''}`} data-field={field}>
      <label htmlFor={htmlFor}>{label}</label>
      {cloneElement(children, {
        'aria-invalid': wrong || undefined,
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <span className="hint muted" id={`${htmlFor}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${htmlFor}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
