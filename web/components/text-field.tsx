import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
} from 'react-aria-components';

interface TextFieldProps extends Omit<AriaTextFieldProps, 'children' | 'className'> {
  label: string;
  /** The field the API names when it refuses the value, e.g. 'subject'; a Form's validationErrors are looked up by it. */
  name: string;
  hint?: string;
  /** Several lines (a cable's body). */
  rows?: number;
  /** The message when the value is wrong; the Form's error for `name` otherwise. */
  error?: string | null;
}

/**
 * A labelled text input (React Aria): the label, the hint and the error are
 * linked to the input and read with it, and the field is marked invalid while
 * it has an error, whether the form found it or the server named it.
 */
export function TextField({ label, name, hint, rows, error, ...field }: TextFieldProps) {
  return (
    <AriaTextField
      {...field}
      name={name}
      className="form-field"
      data-field={name}
      validationBehavior="aria"
      {...(error ? { isInvalid: true } : {})}
    >
      <Label>{label}</Label>
      {rows ? <TextArea rows={rows} /> : <Input />}
      {hint && (
        <Text slot="description" className="hint muted">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
