import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useMe } from './api/session';
import { useSetupState } from './api/setup';
import { AppLayout } from './components/AppLayout';
import { ErrorAlert } from './components/ErrorAlert';
import { LoadingState } from './components/LoadingState';
import { PublicLayout } from './components/PublicLayout';
import { useFollowSavedLanguage } from './i18n/useLanguage';

// Every page is its own chunk: the first load carries only the frame and the page asked for.
const FirstRunPage = lazy(() => import('./pages/FirstRunPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const AcceptInvitationPage = lazy(() => import('./pages/AcceptInvitationPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const MyProfilePage = lazy(() => import('./pages/MyProfilePage'));
const MeetingsPage = lazy(() => import('./pages/MeetingsPage'));
const DirectoryPage = lazy(() => import('./pages/DirectoryPage'));
const PersonPage = lazy(() => import('./pages/PersonPage'));
const MatchesPage = lazy(() => import('./pages/MatchesPage'));
const MatchPage = lazy(() => import('./pages/MatchPage'));
const AdminPeoplePage = lazy(() => import('./pages/admin/AdminPeoplePage'));
const AdminTeamsPage = lazy(() => import('./pages/admin/AdminTeamsPage'));
const AdminSkillsPage = lazy(() => import('./pages/admin/AdminSkillsPage'));
const AdminSitesPage = lazy(() => import('./pages/admin/AdminSitesPage'));
const AdminImportPage = lazy(() => import('./pages/admin/AdminImportPage'));
const AdminOutboxPage = lazy(() => import('./pages/admin/AdminOutboxPage'));
const ProgrammesPage = lazy(() => import('./pages/ProgrammesPage'));
const AdminProgrammesPage = lazy(() => import('./pages/admin/AdminProgrammesPage'));
const AdminProgrammePage = lazy(() => import('./pages/admin/AdminProgrammePage'));
const TeamPage = lazy(() => import('./pages/TeamPage'));
const TeamMemberPage = lazy(() => import('./pages/TeamMemberPage'));
const MyCheckinsPage = lazy(() => import('./pages/MyCheckinsPage'));
const CheckinPage = lazy(() => import('./pages/CheckinPage'));
const HelpSignalPage = lazy(() => import('./pages/HelpSignalPage'));
const AdminCheckinsPage = lazy(() => import('./pages/admin/AdminCheckinsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

/** Signed in: the app. Signed out: the first-run page until set up, else sign-in. */
function SignedInRoutes() {
  const me = useMe();
  const setup = useSetupState();
  useFollowSavedLanguage();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    if (setup.isPending) return <LoadingState />;
    const to = setup.data?.needsSetup ? '/welcome' : '/sign-in';
    const next = `${window.location.pathname}${window.location.search}`;
    return <Navigate to={next === '/' ? to : `${to}?next=${encodeURIComponent(next)}`} replace />;
  }
  return <AppLayout me={me.data} />;
}

function AdminOnly({ children }: { children: React.ReactNode }) {
  const me = useMe().data;
  return me?.role === 'admin' ? children : <NotFoundPage />;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="/welcome" element={<FirstRunPage />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/invitation" element={<AcceptInvitationPage />} />
        </Route>
        <Route element={<SignedInRoutes />}>
          <Route index element={<HomePage />} />
          <Route path="/profile" element={<MyProfilePage />} />
          <Route path="/meetings" element={<MeetingsPage />} />
          <Route path="/people" element={<DirectoryPage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/matches" element={<MatchesPage />} />
          <Route path="/matches/:id" element={<MatchPage />} />
          <Route path="/team" element={<TeamPage />} />
          <Route path="/team/:id" element={<TeamMemberPage />} />
          <Route path="/checkins" element={<MyCheckinsPage />} />
          <Route path="/checkins/:id" element={<CheckinPage />} />
          <Route path="/signals/:id" element={<HelpSignalPage />} />
          <Route path="/admin" element={<Navigate to="/admin/people" replace />} />
          <Route
            path="/admin/people"
            element={
              <AdminOnly>
                <AdminPeoplePage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/teams"
            element={
              <AdminOnly>
                <AdminTeamsPage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/sites"
            element={
              <AdminOnly>
                <AdminSitesPage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/skills"
            element={
              <AdminOnly>
                <AdminSkillsPage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/import"
            element={
              <AdminOnly>
                <AdminImportPage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/outbox"
            element={
              <AdminOnly>
                <AdminOutboxPage />
              </AdminOnly>
            }
          />
          <Route path="/programmes" element={<ProgrammesPage />} />
          <Route
            path="/admin/programmes"
            element={
              <AdminOnly>
                <AdminProgrammesPage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/programmes/:id"
            element={
              <AdminOnly>
                <AdminProgrammePage />
              </AdminOnly>
            }
          />
          <Route
            path="/admin/checkins"
            element={
              <AdminOnly>
                <AdminCheckinsPage />
              </AdminOnly>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
