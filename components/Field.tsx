import { type ReactNode, useId } from 'react';
import type { FieldCheck } from '@/lib/field-checks';

/** A labelled input with its validation shown next to it, as the user types. */
export function Field({
  label,
  value,
  onChange,
  check,
  hint,
  placeholder,
  multiline,
  max,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  check?: FieldCheck;
  hint?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  /** The most characters storage keeps (from lib/limits.ts): the field takes no more. */
  max?: number;
  children?: ReactNode;
}) {
  const id = useId();
  const error = value !== '' ? check?.error : undefined;
  // Near the limit, say how much room is left, before the field stops taking characters.
  const room =
    max !== undefined && value.length >= max * 0.8
      ? `${value.length} of ${max} characters`
      : undefined;
  const message = error ?? check?.warning ?? room ?? hint;
  const props = {
    id,
    className: 'input',
    value,
    placeholder,
    maxLength: max,
    spellCheck: false,
    autoComplete: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': message ? `${id}-msg` : undefined,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} onChange={(e) => onChange(e.target.value)} />
      )}
      {message && (
        <span
          id={`${id}-msg`}
          className={error ? 'field-error' : check?.warning ? 'field-warning' : 'hint'}
        >
          {message}
        </span>
      )}
      {children}
    </div>
  );
}
