import { Route, Routes } from 'react-router';
import type { SessionUser } from '../api/client';
import { ConvenioFile } from './ConvenioFile';
import { EditConvenioPage, NewConvenioPage } from './ConvenioForm';
import { ConveniosList } from './ConveniosList';

/** The section's screens under /convenios (loaded on first visit: React.lazy in App.tsx). */
export default function ConveniosSection({ user }: { user: SessionUser }) {
  return (
    <Routes>
      <Route index element={<ConveniosList user={user} />} />
      <Route path="nuevo" element={<NewConvenioPage />} />
      <Route path=":id" element={<ConvenioFile user={user} />} />
      <Route path=":id/editar" element={<EditConvenioPage />} />
    </Routes>
  );
}
