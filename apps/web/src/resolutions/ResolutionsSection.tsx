import { Route, Routes } from 'react-router';
import type { SessionUser } from '../api/client';
import { ResolutionFile } from './ResolutionFile';
import { EditResolutionPage, NewResolutionPage } from './ResolutionForm';
import { ResolutionsList } from './ResolutionsList';
import { SigningPage } from './SigningPage';

/** The section's screens under /resoluciones (loaded on first visit: React.lazy in App.tsx). */
export default function ResolutionsSection({ user }: { user: SessionUser }) {
  return (
    <Routes>
      <Route index element={<ResolutionsList user={user} />} />
      <Route path="nueva" element={<NewResolutionPage />} />
      <Route path="firma" element={<SigningPage user={user} />} />
      <Route path=":id" element={<ResolutionFile user={user} />} />
      <Route path=":id/editar" element={<EditResolutionPage />} />
    </Routes>
  );
}
