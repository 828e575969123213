import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';
import { cleanup } from '@testing-library/react';
import { resetFakeServer } from './api';

afterEach(() => {
  cleanup();
  resetFakeServer();
});
