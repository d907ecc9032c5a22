export type NoticeMessage = { tone: 'danger' | 'warning' | 'info'; text: string };

/** A one-line message; errors are announced at once, the rest politely. */
export function Notice({ message }: { message: NoticeMessage | null }) {
  if (!message) return null;
  return (
    <p
      className={`notice notice-${message.tone}`}
      role={message.tone === 'danger' ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}
