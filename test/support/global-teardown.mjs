export default async function globalTeardown() {
  const state = globalThis.__despacho;
  state?.redis?.kill('SIGTERM');
  await state?.postgres.stop();
}
