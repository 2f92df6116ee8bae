import { Route, Routes } from 'react-router';
import type { SessionUser } from '../api/client';
import { ManagementCalendarPage } from './ManagementCalendarPage';
import { ReviewFile } from './ReviewFile';

/** The screens under /calendario-de-gestion (loaded on first visit: React.lazy in App.tsx). */
export default function ManagementCalendarSection({ user }: { user: SessionUser }) {
  return (
    <Routes>
      <Route index element={<ManagementCalendarPage user={user} />} />
      <Route path="documentos/:id" element={<ReviewFile user={user} />} />
    </Routes>
  );
}
