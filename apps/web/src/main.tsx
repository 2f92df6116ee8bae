import '@mantine/core/styles.css';
import { createTheme, type CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProblem } from './api/client';
import { App } from './App';
import { noticeUnauthenticated } from './session';

// Shade 8: white text on the primary color meets WCAG AA contrast (4.5:1); shade 6 does not.
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8, defaultRadius: 'md' });
// Field descriptions and errors at AA contrast on white and on light grays (shade 6 is not).
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

const queries: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => noticeUnauthenticated(queries, error) }),
  mutationCache: new MutationCache({ onError: (error) => noticeUnauthenticated(queries, error) }),
  defaultOptions: {
    queries: {
      // A refusal (4xx) is an answer: asking again only repeats it.
      retry: (failures, error) =>
        failures < 1 && !(error instanceof ApiProblem && error.problem.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={contrast}>
        <QueryClientProvider client={queries}>
          <App />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
