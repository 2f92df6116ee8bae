/** Assertions on problem+json answers, shared by the e2e suites. */
const PROBLEM = /^application\/problem\+json/;

export const expectProblem = (
  response: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
  status: number,
  code: string,
) => {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(PROBLEM);
  expect(response.body).toMatchObject({
    status,
    code,
    type: expect.any(String),
    title: expect.any(String),
  });
  expect(typeof response.body['detail']).toBe('string');
  expect(JSON.stringify(response.body)).not.toMatch(
    /at .*\.(js|ts):\d+|SELECT|INSERT|QueryFailedError/,
  );
};

export const fields = (body: Record<string, unknown>) =>
  (body['errors'] as Array<{ field: string }>).map((e) => e.field).sort();
