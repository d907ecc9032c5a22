import { type ReactNode, useId } from 'react';
import type { FieldCheck } from '@/lib/validate';

/** A labelled input with its validation shown next to it, as the user types. */
export function Field({
  label,
  value,
  onChange,
  check,
  hint,
  placeholder,
  multiline,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  check?: FieldCheck;
  hint?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const error = value !== '' ? check?.error : undefined;
  const message = error ?? check?.warning ?? hint;
  const props = {
    id,
    className: 'input',
    value,
    placeholder,
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
