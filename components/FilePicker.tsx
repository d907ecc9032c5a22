import { FileUp } from 'lucide-react';
import type { ReactNode } from 'react';

/** A button that opens the file chooser and hands over the file's text (the input is reset). */
export function FilePicker({
  label,
  accept,
  onFile,
  children,
}: {
  label: string;
  accept: string;
  onFile: (text: string, name: string) => void | Promise<void>;
  children: ReactNode;
}) {
  return (
    <label className="btn">
      <FileUp size={16} aria-hidden="true" /> {children}
      <input
        type="file"
        accept={accept}
        className="sr-only"
        aria-label={label}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) await onFile(await file.text(), file.name);
        }}
      />
    </label>
  );
}
