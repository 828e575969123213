import type { InviteStatus } from '../schema';

/** The demo organization `pnpm start` seeds: small, but every portal status is there. */
export const demoSignIns = {
  admin: { email: 'admin@northwind.example', password: 'northwind-admin-2026', name: 'Avery Admin' },
  staff: { email: 'staff@northwind.example', password: 'northwind-staff-2026', name: 'Sam Staff' },
  /** An enrolled customer, for the portal. */
  customer: { email: 'dana.lee@harborpg.example', password: 'harbor-customer-2026' },
} as const;

export const demoAccounts = [
  {
    key: 'harbor',
    name: 'Harbor Property Group',
    division: 'Dayton',
    accountClass: 'Commercial',
    billGroup: 'Monthly',
    accountSource: 'Referral',
    balanceDue: '1840.00',
    autopay: false,
    activeServicesCount: 6,
    group: true,
    active: true,
  },
  {
    key: 'maple',
    name: 'Maple Street Schools',
    division: 'Dayton',
    accountClass: 'Education',
    billGroup: 'Quarterly',
    accountSource: 'Tender',
    balanceDue: '0',
    autopay: true,
    activeServicesCount: 4,
    group: true,
    active: true,
  },
  {
    key: 'riverside',
    name: 'Riverside Medical Center',
    division: 'Columbus',
    accountClass: 'Healthcare',
    billGroup: 'Monthly',
    accountSource: 'Website',
    balanceDue: '12650.50',
    autopay: false,
    activeServicesCount: 9,
    group: false,
    active: true,
  },
  {
    key: 'oldtown',
    name: 'Old Town Retail',
    division: 'Columbus',
    accountClass: 'Retail',
    billGroup: 'Annual',
    accountSource: 'Cold call',
    balanceDue: '0',
    autopay: false,
    activeServicesCount: 0,
    group: false,
    active: false,
  },
] as const;
export type DemoAccountKey = (typeof demoAccounts)[number]['key'];

export const demoBuildings: {
  account: DemoAccountKey;
  name: string;
  address: string;
  city: string;
  lat: number;
  lng: number;
  siteSource: string;
}[] = [
  {
    account: 'harbor',
    name: 'Harbor Tower',
    address: '100 Harbor Way',
    city: 'Dayton',
    lat: 39.7589,
    lng: -84.1916,
    siteSource: 'Survey',
  },
  {
    account: 'harbor',
    name: 'Harbor Annex',
    address: '120 Harbor Way',
    city: 'Dayton',
    lat: 39.7601,
    lng: -84.1899,
    siteSource: 'Survey',
  },
  {
    account: 'harbor',
    name: 'Dockside Lofts',
    address: '8 Quay Street',
    city: 'Dayton',
    lat: 39.7555,
    lng: -84.2001,
    siteSource: 'Import',
  },
  {
    account: 'maple',
    name: 'Maple Elementary',
    address: '45 Maple Street',
    city: 'Kettering',
    lat: 39.6895,
    lng: -84.1688,
    siteSource: 'Tender',
  },
  {
    account: 'maple',
    name: 'Maple High School',
    address: '300 Maple Street',
    city: 'Kettering',
    lat: 39.6921,
    lng: -84.1702,
    siteSource: 'Tender',
  },
  {
    account: 'riverside',
    name: 'Riverside Main Hospital',
    address: '1 Riverside Drive',
    city: 'Columbus',
    lat: 39.9612,
    lng: -82.9988,
    siteSource: 'Import',
  },
  {
    account: 'riverside',
    name: 'Riverside Outpatient Clinic',
    address: '22 Riverside Drive',
    city: 'Columbus',
    lat: 39.9634,
    lng: -83.0012,
    siteSource: 'Import',
  },
  {
    account: 'riverside',
    name: 'Riverside Parking Structure',
    address: '3 Riverside Drive',
    city: 'Columbus',
    lat: 39.9601,
    lng: -82.9971,
    siteSource: 'Survey',
  },
  {
    account: 'oldtown',
    name: 'Old Town Arcade',
    address: '77 Market Square',
    city: 'Columbus',
    lat: 39.9521,
    lng: -83.0044,
    siteSource: 'Cold call',
  },
];

export type DemoStatus = InviteStatus | 'suspended';

export const demoContacts: {
  first: string;
  last: string;
  email: string | null;
  account: DemoAccountKey;
  billing?: boolean;
  building?: string;
  status: DemoStatus;
  groupUser?: boolean;
}[] = [
  {
    first: 'Dana',
    last: 'Lee',
    email: demoSignIns.customer.email,
    account: 'harbor',
    billing: true,
    status: 'enrolled',
  },
  {
    first: 'Marcus',
    last: 'Bell',
    email: 'marcus.bell@harborpg.example',
    account: 'harbor',
    status: 'invited',
  },
  {
    first: 'Priya',
    last: 'Natarajan',
    email: 'priya.n@harborpg.example',
    account: 'harbor',
    building: 'Harbor Tower',
    status: 'expired',
  },
  {
    first: 'Owen',
    last: 'Fischer',
    email: 'owen.fischer@harborpg.example',
    account: 'harbor',
    status: 'not_invited',
    groupUser: true,
  },
  { first: 'Lucia', last: 'Romero', email: null, account: 'harbor', status: 'not_invited' },
  {
    first: 'Grace',
    last: 'Okafor',
    email: 'g.okafor@maplesd.example',
    account: 'maple',
    billing: true,
    status: 'enrolled',
  },
  {
    first: 'Henry',
    last: 'Walsh',
    email: 'h.walsh@maplesd.example',
    account: 'maple',
    building: 'Maple High School',
    status: 'invited',
  },
  { first: 'Ivy', last: 'Chen', email: 'i.chen@maplesd.example', account: 'maple', status: 'suspended' },
  {
    first: 'Jonah',
    last: 'Price',
    email: 'j.price@maplesd.example',
    account: 'maple',
    status: 'not_invited',
  },
  {
    first: 'Kara',
    last: 'Singh',
    email: 'kara.singh@riversidemed.example',
    account: 'riverside',
    billing: true,
    status: 'enrolled',
  },
  {
    first: 'Leo',
    last: 'Martins',
    email: 'leo.martins@riversidemed.example',
    account: 'riverside',
    building: 'Riverside Outpatient Clinic',
    status: 'invited',
  },
  {
    first: 'Mia',
    last: 'Kowalski',
    email: 'mia.k@riversidemed.example',
    account: 'riverside',
    status: 'expired',
  },
  {
    first: 'Noah',
    last: 'Adams',
    email: 'noah.adams@riversidemed.example',
    account: 'riverside',
    status: 'not_invited',
  },
  { first: 'Olivia', last: 'Grant', email: null, account: 'riverside', status: 'not_invited' },
  {
    first: 'Paul',
    last: 'Dubois',
    email: 'paul@oldtownretail.example',
    account: 'oldtown',
    billing: true,
    status: 'suspended',
  },
  {
    first: 'Quinn',
    last: 'Harper',
    email: 'quinn@oldtownretail.example',
    account: 'oldtown',
    status: 'not_invited',
  },
];
