import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';
import { cleanup, configure } from '@testing-library/react';
import { resetFakeServer } from './api';

// CI shares two cores with PostgreSQL, Redis and browser tests: give findBy*/waitFor room under load.
configure({ asyncUtilTimeout: 5000 });

// jsdom has <dialog> but not its modal methods; these do what the components rely on.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom does not know the <search> landmark yet (browsers do); React warns about every one.
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  if (
    typeof args[0] === 'string' &&
    args[0].includes('is unrecognized in this browser') &&
    args[1] === 'search'
  )
    return;
  consoleError(...args);
};

afterEach(() => {
  cleanup();
  resetFakeServer();
});
