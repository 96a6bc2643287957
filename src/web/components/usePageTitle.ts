import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every route names itself in the tab and to screen readers arriving on the page. */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    const app = t('common:appName');
    document.title = title ? `${title} · ${app}` : app;
  }, [title, t]);
}
