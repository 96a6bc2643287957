import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** The first tab stop of every page: straight past the navigation to the content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className={classes.skip}>
      {t('skipToContent')}
    </a>
  );
}
