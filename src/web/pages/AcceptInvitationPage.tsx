import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAcceptInvitation } from '../api/session';
import { AuthCard } from '../components/AuthCard';
import { Icon } from '../components/Icon';
import { NewPasswordForm } from '../components/NewPasswordForm';

/** Reached from the invitation mail: choose a password and you are in. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvitation();

  return (
    <AuthCard title={t('invitation.title')} description={t('invitation.description')}>
      {token ? (
        <NewPasswordForm
          submitLabel={t('invitation.submit')}
          pending={accept.isPending}
          error={accept.error}
          onSubmit={(password) =>
            accept.mutate(
              { token, password },
              { onSuccess: () => navigate('/profile', { replace: true }) },
            )
          }
        />
      ) : (
        <Alert color="red" variant="light" icon={<Icon name="alert" />}>
          {t('invitation.noToken')}
        </Alert>
      )}
    </AuthCard>
  );
}
