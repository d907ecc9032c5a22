import { useEffect, useState } from 'react';
import { SetAsideList, setAsideText } from '@/components/SetAsideList';
import { dismissSetAside, type SetAsideEntry, setAsideItem } from '@/lib/settings-store';

/** Values from storage that could not be used: listed until the user copies or dismisses them. */
export function SetAsideCard() {
  const [entries, setEntries] = useState<SetAsideEntry[]>([]);
  useEffect(() => {
    void setAsideItem.getValue().then(setEntries, () => {});
    return setAsideItem.watch((next) => setEntries(next ?? []));
  }, []);
  return (
    <SetAsideList
      entries={entries}
      onCopy={(entry) => void navigator.clipboard.writeText(setAsideText(entry.value))}
      onDismiss={(entry) => void dismissSetAside(entry)}
    />
  );
}
