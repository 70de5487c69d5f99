// A domain module importing platform: `npm run lint` must refuse this (see tests/lint/layers.test.ts).
import { readSettings } from '../../../src/platform/settings';

export const reachesUp = readSettings;
