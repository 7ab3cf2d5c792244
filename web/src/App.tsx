import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { StaffDirectoryPage } from './admin/StaffDirectoryPage';
import { AuditPage } from './audit/AuditPage';
import { CallbackPage } from './auth/CallbackPage';
import { ClosureProposalsPage } from './closures/ClosureProposalsPage';
import { BoardPage } from './board/BoardPage';
import { SignInPage } from './auth/SignInPage';
import { useSessionToken } from './auth/use-session';
import { CoursePage } from './courses/CoursePage';
import { HomePage } from './home/HomePage';
import { Layout } from './layout/Layout';
import { InboxPage } from './notifications/InboxPage';
import { MyReferralsPage } from './referrals/MyReferralsPage';
import { ReferralFormPage } from './referrals/ReferralFormPage';
import { SettingsPage } from './settings/SettingsPage';
import { CaseloadsPage } from './team/CaseloadsPage';
import { OutOfContactPage } from './team/OutOfContactPage';
import { FidelityReportPage } from './reports/FidelityReportPage';
import { OutcomeReportPage } from './reports/OutcomeReportPage';
import { QueuePage } from './visitation/QueuePage';
import { ReferralPage } from './visitation/ReferralPage';
import { WaitlistPage } from './visitation/WaitlistPage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => count < 2 && !('status' in error && error.status) } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/log-ind" element={<SignInPage />} />
          <Route path="/log-ind/callback" element={<CallbackPage />} />
          <Route element={<SignedIn />}>
            <Route path="/" element={<HomePage />} />
            <Route path="/henvisninger" element={<MyReferralsPage />} />
            <Route path="/henvisninger/ny" element={<ReferralFormPage />} />
            <Route path="/visitation" element={<QueuePage />} />
            <Route path="/visitation/:courseId" element={<ReferralPage />} />
            <Route path="/venteliste" element={<WaitlistPage />} />
            <Route path="/indbakke" element={<InboxPage />} />
            <Route path="/mine-borgere" element={<BoardPage />} />
            <Route path="/forloeb/:courseId" element={<CoursePage />} />
            <Route path="/admin/medarbejdere" element={<StaffDirectoryPage />} />
            <Route path="/indstillinger" element={<SettingsPage />} />
            <Route path="/ude-af-kontakt" element={<OutOfContactPage />} />
            <Route path="/afslutninger" element={<ClosureProposalsPage />} />
            <Route path="/team" element={<CaseloadsPage />} />
            <Route path="/rapporter" element={<OutcomeReportPage />} />
            <Route path="/rapporter/metodetroskab" element={<FidelityReportPage />} />
            <Route path="/revision" element={<AuditPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

/** Every page but sign-in needs a signed-in person; without one, the sign-in page. */
function SignedIn() {
  const token = useSessionToken();
  return token ? <Layout /> : <Navigate to="/log-ind" replace />;
}
