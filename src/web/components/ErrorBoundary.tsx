import { Alert, Button, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

function CrashMessage() {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<Icon name="alert" />}
      title={t('crash.title')}
      mt="lg"
    >
      <Stack gap="sm" align="flex-start">
        {t('crash.text')}
        <Button variant="light" color="red" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** A page that fails to render shows a way out instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }> {
  override state: { failed: boolean; resetKey?: string } = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string },
    state: { failed: boolean; resetKey?: string },
  ) {
    // Navigating elsewhere gives the next page a fresh start.
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override render() {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
