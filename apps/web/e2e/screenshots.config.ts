import { defineConfig } from '@playwright/test';
import journeys from './playwright.config';

/**
 * `npm run web:screenshots`: the screenshots of docs/img, taken by *.screens.ts on the same
 * server and browser as the journeys. Not part of `npm test`.
 */
export default defineConfig({ ...journeys, testMatch: '*.screens.ts' });
