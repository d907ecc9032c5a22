import { Pencil } from 'lucide-react';
import { useId, useState } from 'react';

/** The caption that goes with a share, editable before copying or sharing. */
export function CaptionEditor({
  value,
  onChange,
  onReset,
  edited,
}: {
  value: string;
  onChange: (v: string) => void;
  onReset: () => void;
  edited: boolean;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="caption">
      <div className="caption-head">
        <label htmlFor={id} className="label">
          Caption
        </label>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <Pencil size={14} aria-hidden="true" /> {open ? 'Done' : 'Edit'}
        </button>
        {edited && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onReset}>
            Reset
          </button>
        )}
      </div>
      {open ? (
        <textarea
          id={id}
          className="input caption-input"
          rows={3}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <p id={id} className="caption-preview">
          {value}
        </p>
      )}
    </div>
  );
}
