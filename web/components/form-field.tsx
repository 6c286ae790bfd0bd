import type { ReactNode } from 'react';

interface FormFieldProps {
  label: string;
  /** Id of the control inside, which the label names. */
  htmlFor: string;
  /** Form field name, for finding the field the API blames. */
  field: string;
  invalid?: boolean;
  hint?: string;
  children: ReactNode;
}

/** A labelled control, outlined when the server names it as the field in error. */
export function FormField({ label, htmlFor, field, invalid, hint, children }: FormFieldProps) {
  return (
    <div className={`form-field${invalid ? ' invalid' : ''}`} data-field={field}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint && <span className="hint muted">{hint}</span>}
    </div>
  );
}
