import { Navigate, Route, Routes } from 'react-router';
import type { SessionUser } from '../api/client';
import { ModificationFile } from './ModificationFile';
import { NewModificationPage } from './ModificationForm';
import { ModificationsList } from './ModificationsList';

/** The section's screens under /presupuesto (loaded on first visit: React.lazy in App.tsx). */
export default function BudgetSection({ user }: { user: SessionUser }) {
  return (
    <Routes>
      <Route index element={<Navigate to="modificaciones" replace />} />
      <Route path="modificaciones" element={<ModificationsList user={user} />} />
      <Route path="modificaciones/nueva" element={<NewModificationPage />} />
      <Route path="modificaciones/:id" element={<ModificationFile user={user} />} />
    </Routes>
  );
}
