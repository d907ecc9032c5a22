import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Catches an error while a page renders (a broken record, say) and shows `fallback` instead of
 * a blank page. `resetKey` changing (another route) tries again.
 */
export class ErrorBoundary extends Component<
  {
    fallback: (error: Error, retry: () => void) => ReactNode;
    resetKey?: string;
    children: ReactNode;
  },
  { error: Error | null; key?: string }
> {
  override state: { error: Error | null; key?: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string },
    state: { error: Error | null; key?: string },
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown to the user by the fallback; nothing is sent anywhere.
  }

  override render() {
    const { error } = this.state;
    return error
      ? this.props.fallback(error, () => this.setState({ error: null }))
      : this.props.children;
  }
}
