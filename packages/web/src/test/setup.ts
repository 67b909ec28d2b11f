import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { activateLocale } from '../i18n/i18n.js';

// Components read the active catalog; tests start in English unless they switch.
beforeEach(() => activateLocale('en'));

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
