import { FileUp } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatBytes } from '@/lib/limits';

/**
 * A button that opens the file chooser and hands over the file's text (the input is reset).
 * A file over `maxBytes` is refused before it is read (a huge file would freeze the page), and a
 * file that cannot be read is reported, never thrown.
 */
export function FilePicker({
  label,
  accept,
  maxBytes,
  onFile,
  onError,
  disabled,
  children,
}: {
  label: string;
  accept: string;
  maxBytes: number;
  onFile: (text: string, name: string) => void | Promise<void>;
  onError: (message: string) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      className={`btn ${disabled ? 'btn-disabled' : ''}`}
      aria-disabled={disabled || undefined}
    >
      <FileUp size={16} aria-hidden="true" /> {children}
      <input
        type="file"
        accept={accept}
        className="sr-only"
        aria-label={label}
        disabled={disabled}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (file.size > maxBytes) {
            onError(
              `${file.name} is ${formatBytes(file.size)}: Kinlink reads files up to ${formatBytes(maxBytes)} here. Nothing was changed.`,
            );
            return;
          }
          let text: string;
          try {
            text = await file.text();
          } catch (error) {
            onError(`${file.name} could not be read (${String(error)}). Nothing was changed.`);
            return;
          }
          await onFile(text, file.name);
        }}
      />
    </label>
  );
}
