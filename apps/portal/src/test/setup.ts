import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';
import { cleanup, configure } from '@testing-library/react';
import { resetFakeServer } from './api';

// CI shares two cores with PostgreSQL, Redis and browser tests: give findBy*/waitFor room under load.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  resetFakeServer();
});
