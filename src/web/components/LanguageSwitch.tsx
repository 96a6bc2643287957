import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../i18n/locales';
import { useLanguage } from '../i18n/useLanguage';
import { Icon } from './Icon';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const ownNames: Record<Locale, string> = { en: 'English', nl: 'Nederlands' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-md"
          leftSection={<Icon name="world" size={18} />}
          aria-label={t('language.label', { language: ownNames[language] })}
        >
          {language.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {locales.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => void setLanguage(locale)}
            rightSection={locale === language ? <Icon name="check" size={16} /> : null}
            aria-current={locale === language ? 'true' : undefined}
          >
            {ownNames[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
