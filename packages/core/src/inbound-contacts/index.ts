export * from './inbound-contacts';
export * from './integration-batch';
