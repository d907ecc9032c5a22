import { Notice } from '@/components/Notice';
import { usePopupStore } from './store';

/** The popup's one-line message (copy failed, history not saved, settings set aside, …). */
export function StateNotice() {
  return <Notice message={usePopupStore((s) => s.notice)} />;
}
