import type { Building, RequestBody } from '@portico/api-client';

/** What the inputs hold, as typed. */
export interface BuildingFormValues {
  accountId: string;
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  latitude: string;
  longitude: string;
  siteSource: string;
  externalId: string;
}

export type BuildingBody = RequestBody<'createBuilding'>;

export const emptyBuildingValues = (accountId = ''): BuildingFormValues => ({
  accountId,
  name: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  latitude: '',
  longitude: '',
  siteSource: '',
  externalId: '',
});

const text = (value: string | null) => value ?? '';

export function buildingValues(b: Building): BuildingFormValues {
  return {
    accountId: b.accountId,
    name: b.name,
    addressLine1: text(b.addressLine1),
    addressLine2: text(b.addressLine2),
    city: text(b.city),
    region: text(b.region),
    postalCode: text(b.postalCode),
    country: text(b.country),
    latitude: b.latitude === null ? '' : String(b.latitude),
    longitude: b.longitude === null ? '' : String(b.longitude),
    siteSource: text(b.siteSource),
    externalId: text(b.externalId),
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function checkCoordinate(value: string, limit: number, name: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (!NUMBER.test(trimmed))
    return `Enter the ${name} in decimal degrees, e.g. ${limit === 90 ? '39.7589' : '-84.1916'}.`;
  const n = Number(trimmed);
  if (n < -limit || n > limit) return `The ${name} must be between -${limit} and ${limit}.`;
  return undefined;
}

/** Field errors in the API's field names, so client and server errors land in the same place. */
export function validateBuilding(values: BuildingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.accountId) errors.accountId = 'Choose the account this building belongs to.';
  if (!values.name.trim()) errors.name = 'Enter a name.';
  const latitude = checkCoordinate(values.latitude, 90, 'latitude');
  const longitude = checkCoordinate(values.longitude, 180, 'longitude');
  if (latitude) errors.latitude = latitude;
  if (longitude) errors.longitude = longitude;
  // A map pin needs both; one alone is almost certainly a slip.
  const hasLat = values.latitude.trim() !== '';
  const hasLng = values.longitude.trim() !== '';
  if (hasLat && !hasLng && !errors.longitude)
    errors.longitude = 'Enter the longitude too, or clear the latitude.';
  if (hasLng && !hasLat && !errors.latitude)
    errors.latitude = 'Enter the latitude too, or clear the longitude.';
  return errors;
}

const orNull = (value: string) => value.trim() || null;
const coordinate = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/** Every field is sent, so clearing an input clears the value. */
export function buildingBody(values: BuildingFormValues): BuildingBody {
  return {
    accountId: values.accountId,
    name: values.name.trim(),
    addressLine1: orNull(values.addressLine1),
    addressLine2: orNull(values.addressLine2),
    city: orNull(values.city),
    region: orNull(values.region),
    postalCode: orNull(values.postalCode),
    country: orNull(values.country),
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
    siteSource: orNull(values.siteSource),
    externalId: orNull(values.externalId),
  };
}
