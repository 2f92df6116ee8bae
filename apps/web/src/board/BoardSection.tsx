import { Navigate, Route, Routes } from 'react-router';
import { EscalationsListPage, SignedListPage } from './BoardLists';
import { BoardPage } from './BoardPage';

/** «Despacho de Alcaldía» (/despacho/*): loaded on first visit, with its charts. */
export default function BoardSection() {
  return (
    <Routes>
      <Route index element={<BoardPage />} />
      <Route path="firmadas" element={<SignedListPage />} />
      <Route path="escalamientos" element={<EscalationsListPage />} />
      <Route path="*" element={<Navigate to="/despacho" replace />} />
    </Routes>
  );
}
