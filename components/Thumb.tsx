import { ImageOff } from 'lucide-react';
import { useState } from 'react';

/** A product image that falls back to a plain icon when it is missing or fails to load. */
export function Thumb({ src, className, size }: { src?: string; className: string; size: number }) {
  const [broken, setBroken] = useState(false);
  return (
    <div className={className}>
      {src && !broken ? (
        <img
          src={src}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => setBroken(true)}
        />
      ) : (
        <ImageOff size={size} aria-hidden="true" />
      )}
    </div>
  );
}
