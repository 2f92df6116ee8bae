import { Route, Routes } from 'react-router';
import type { SessionUser } from '../api/client';
import { ConvenePage } from './ConvenePage';
import { CouncilHome } from './CouncilHome';
import { InformationRequestsPage } from './InformationRequestsPage';
import { MembersPage } from './MembersPage';
import { SessionDesk } from './SessionDesk';

/** The Concejo's screens under /concejo (loaded on first visit: React.lazy in App.tsx). */
export default function CouncilSection({ user }: { user: SessionUser }) {
  return (
    <Routes>
      <Route index element={<CouncilHome user={user} />} />
      <Route path="convocar" element={<ConvenePage />} />
      <Route path="miembros" element={<MembersPage user={user} />} />
      <Route path="pedidos" element={<InformationRequestsPage user={user} />} />
      <Route path="sesiones/:id" element={<SessionDesk user={user} />} />
    </Routes>
  );
}
