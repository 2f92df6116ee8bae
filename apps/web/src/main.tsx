import '@mantine/core/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Shade 8: white text on the primary color meets WCAG AA contrast (4.5:1); shade 6 does not.
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8, defaultRadius: 'md' });

const queries = new QueryClient({
  // A refusal is an answer: retrying a 4xx only repeats it.
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } },
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queries}>
          <App />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
