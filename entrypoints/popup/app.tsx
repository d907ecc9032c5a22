import type { FirstView } from '@/lib/first-view';
import { type FullPopup, Popup } from './shell';
import { PopupState } from './states';
import { selectView, usePopupStore } from './store';

/** The full popup's part of the shell (entrypoints/popup/shell.tsx): its state and its body. */
export const fullPopup: FullPopup = {
  Body,
  start: () => void usePopupStore.getState().load(),
  subscribe: (onChange) => usePopupStore.subscribe(onChange),
  isReady: () => usePopupStore.getState().ready,
};

/** The popup with its full part already loaded (component tests); `first` as the shell takes it. */
export function App({ first = null }: { first?: FirstView | null }) {
  return <Popup first={first} full={fullPopup} />;
}

function Body() {
  const view = usePopupStore(selectView);
  return <PopupState view={view} />;
}
