import { useEffect, useRef } from 'react';
import { fieldErrors, focusFirstInvalid, problemOf } from '../resolutions/problems';

/**
 * The API's refusal of a form's send: its field errors (path → message), the problem, and the
 * form's ref — after a refusal the first invalid field takes the focus.
 */
export function useFormProblems(send: { isError: boolean; error: unknown }) {
  const errors = fieldErrors(send.error);
  const problem = problemOf(send.error);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (send.isError) focusFirstInvalid(form.current);
  }, [send.isError, send.error]);
  return { errors, problem, form };
}
