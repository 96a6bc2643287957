import { Box, Container, Group } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { BrandMark } from './BrandMark';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadingState } from './LoadingState';
import { SkipLink } from './SkipLink';
import { useFocusOnNavigate } from './useFocusOnNavigate';

/** The frame of the pages one sees before signing in. */
export function PublicLayout() {
  const location = useLocation();
  useFocusOnNavigate();
  return (
    <Box
      mih="100vh"
      style={{
        background:
          'linear-gradient(180deg, var(--mantine-color-samen-0) 0%, var(--mantine-color-gray-0) 45%)',
      }}
    >
      <SkipLink />
      <Box component="header" py="md">
        <Container size="lg">
          <Group justify="space-between">
            <BrandMark size={32} />
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} pb="xl" style={{ outline: 'none' }}>
        <Container size="lg">
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Container>
      </Box>
    </Box>
  );
}
