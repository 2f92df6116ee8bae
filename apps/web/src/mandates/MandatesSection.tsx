import { Navigate, Route, Routes } from 'react-router';
import type { SessionUser } from '../api/client';
import { AssignMandatePage } from './AssignMandatePage';
import { MandatePage } from './MandatePage';
import { MandatesListPage } from './MandatesListPage';

/** The «Encargos» section (/encargos/*): loaded on first visit, not with the console's first load. */
export default function MandatesSection({ user }: { user: SessionUser }) {
  return (
    <Routes>
      <Route index element={<MandatesListPage user={user} />} />
      <Route path="nuevo" element={<AssignMandatePage user={user} />} />
      <Route path=":id" element={<MandatePage />} />
      <Route path="*" element={<Navigate to="/encargos" replace />} />
    </Routes>
  );
}
