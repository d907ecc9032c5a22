import { useEffect, useRef, useState } from 'react';

/**
 * A text field bound to one stored setting. It shows what is stored and follows changes made in
 * another tab or a synced browser, yet keeps what the user is typing (an unfinished or invalid
 * value is not saved, and not overwritten by the stored one).
 *
 * `toStored` turns the typed text into the stored form (trimmed, a list joined…) or null when it
 * cannot be saved yet; `save` writes that form.
 */
export function useSettingText(
  stored: string,
  toStored: (text: string) => string | null,
  save: (value: string) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(stored);
  const current = useRef(text);
  current.current = text;
  // Only a new stored value matters here: toStored is a pure function of the text, and a new
  // one every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    // The stored value changed: unless it is what the field already says, show it.
    if (toStored(current.current) !== stored) setText(stored);
  }, [stored]);
  const change = (next: string) => {
    setText(next);
    const value = toStored(next);
    if (value !== null && value !== stored) save(value);
  };
  return [text, change];
}
