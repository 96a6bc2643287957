import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page inside the app, puts focus on its content, as a full page
 * load would: keyboard users continue from the top of the new page, and screen readers
 * announce it. The first page of a visit keeps the browser's own behaviour.
 */
export function useFocusOnNavigate(targetId = 'main') {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(targetId)?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);
}
