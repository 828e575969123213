export * from './pay-invoice';
export * from './payable';
export * from './payment-links';
