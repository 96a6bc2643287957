import { Alert, Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../api/session';
import { AuthCard } from '../components/AuthCard';
import { Icon } from '../components/Icon';
import { NewPasswordForm } from '../components/NewPasswordForm';

/** Reached from the mailed link, which carries the token in its query string. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();

  return (
    <AuthCard title={t('reset.title')} description={t('reset.description')}>
      {confirm.isSuccess ? (
        <>
          <Alert color="samen" variant="light" icon={<Icon name="check" />} role="status">
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/sign-in" size="md">
            {t('reset.signIn')}
          </Button>
        </>
      ) : token ? (
        <NewPasswordForm
          submitLabel={t('reset.submit')}
          pending={confirm.isPending}
          error={confirm.error}
          onSubmit={(password) => confirm.mutate({ token, password })}
        />
      ) : (
        <>
          <Alert color="red" variant="light" icon={<Icon name="alert" />}>
            {t('reset.noToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password">
            {t('reset.askAgain')}
          </Anchor>
        </>
      )}
    </AuthCard>
  );
}
