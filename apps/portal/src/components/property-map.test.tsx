import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { type MapPlace, PropertyMap } from './property-map';

const places: MapPlace[] = [
  { id: 'b1', name: 'Harbor Tower', latitude: -33.86, longitude: 151.2, highestOpenSeverity: 'critical' },
  { id: 'b2', name: 'Maple School', latitude: -33.9, longitude: 151.1, highestOpenSeverity: null },
  { id: 'b3', name: 'Depot', latitude: null, longitude: null, highestOpenSeverity: 'info' },
];

// jsdom lays nothing out: give the map a size, so Leaflet asks for tiles as in a browser.
const size = { clientWidth: 800, clientHeight: 400 };
const saved = Object.fromEntries(
  Object.keys(size).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
);
beforeAll(() => {
  for (const [key, value] of Object.entries(size)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(saved)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

const pin = (name: RegExp) => screen.getByRole('button', { name });

describe('PropertyMap', () => {
  it('keeps the pins on a plain background when the tiles cannot load', () => {
    const { container } = render(
      <PropertyMap places={places} onOpen={() => {}} tileUrl="https://tiles.invalid/{z}/{x}/{y}.png" />,
    );
    const tiles = container.querySelectorAll('img.leaflet-tile');
    expect(tiles.length).toBeGreaterThan(0);
    expect(container.querySelector('.map--failed')).toBeNull();

    act(() => {
      fireEvent.error(tiles[0] as Element);
    });

    expect(container.querySelector('.map--failed')).not.toBeNull();
    expect(container.querySelectorAll('img.leaflet-tile')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('The map background could not load');
    expect(pin(/^Harbor Tower: Critical$/)).toBeInTheDocument();
    expect(pin(/^Maple School: No open defects$/)).toBeInTheDocument();
    expect(screen.getByText(/1 property has no location yet/)).toBeInTheDocument();
  });

  it('falls back too when no tile arrives in time (a network that drops requests)', () => {
    jest.useFakeTimers();
    try {
      const { container } = render(<PropertyMap places={places} onOpen={() => {}} tileTimeoutMs={5000} />);
      act(() => {
        jest.advanceTimersByTime(5000);
      });
      expect(container.querySelector('.map--failed')).not.toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('opens a property from its pin by click or by Enter, with a legend of the colours', () => {
    const onOpen = jest.fn();
    render(<PropertyMap places={places} onOpen={onOpen} />);
    const harbor = pin(/^Harbor Tower/);
    expect(harbor).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(harbor, { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith('b1');
    fireEvent.click(pin(/^Maple School/));
    expect(onOpen).toHaveBeenLastCalledWith('b2');
    const legend = screen.getByRole('list', { name: /Pin colours/ });
    expect(legend).toHaveTextContent('Critical');
    expect(legend).toHaveTextContent('No open defects');
    expect(legend).not.toHaveTextContent('Information');
  });
});
