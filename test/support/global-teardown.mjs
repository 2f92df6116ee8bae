export default async function globalTeardown() {
  const state = globalThis.__despacho;
  state?.redis?.kill('SIGTERM');
  // The run's temporary cluster goes with it.
  await state?.postgres.destroy();
}
