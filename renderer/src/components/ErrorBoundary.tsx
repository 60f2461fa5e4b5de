/** Catches rendering failures so the window always shows something the user can act on. */
import { Button, Code } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import i18n from 'i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FullScreenMessage, Para } from './FullScreenMessage';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Acuerda: error al mostrar la pantalla', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <FullScreenMessage
        icon={<IconBug size={26} />}
        color="red"
        title={i18n.t('errors.boundary.title')}
        actions={
          <>
            <Button onClick={() => window.location.reload()}>{i18n.t('errors.boundary.reload')}</Button>
            <Button variant="default" onClick={() => this.setState({ error: null })}>
              {i18n.t('errors.boundary.retry')}
            </Button>
          </>
        }
      >
        <Para>{i18n.t('errors.boundary.body')}</Para>
        <Code block>{error.message}</Code>
      </FullScreenMessage>
    );
  }
}
