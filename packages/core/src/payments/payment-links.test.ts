import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '../errors';
import { fillPaymentLinkTemplate, isSafePaymentUrl, validatePaymentLinkTemplate } from './payment-links';

const template = 'https://pay.example.com/?invoice={number}&amount={amount}&currency={currency}';

describe('fillPaymentLinkTemplate', () => {
  it('fills number, balance with two decimals, and currency', () => {
    expect(fillPaymentLinkTemplate(template, { number: 'INV-1001', balance: 250.5, currency: 'USD' })).toBe(
      'https://pay.example.com/?invoice=INV-1001&amount=250.50&currency=USD',
    );
  });

  it('URL-encodes every value, so a number cannot add parameters or change the path', () => {
    const url = fillPaymentLinkTemplate('https://pay.example.com/invoices/{number}?a={amount}', {
      number: 'A&B 1/2?x=#',
      balance: 1,
      currency: 'EUR',
    });
    expect(url).toBe('https://pay.example.com/invoices/A%26B%201%2F2%3Fx%3D%23?a=1.00');
    const parsed = new URL(url);
    expect(parsed.host).toBe('pay.example.com');
    expect([...parsed.searchParams.keys()]).toEqual(['a']);
  });

  it('fills an invoice without a number with nothing', () => {
    expect(fillPaymentLinkTemplate(template, { number: null, balance: 0.1, currency: 'GBP' })).toBe(
      'https://pay.example.com/?invoice=&amount=0.10&currency=GBP',
    );
  });
});

function fieldMessage(value: string): string {
  try {
    validatePaymentLinkTemplate(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const errors = (error as ValidationError).extra.errors ?? [];
    expect(errors[0]?.field).toBe('paymentLinkTemplate');
    return errors[0]?.message ?? '';
  }
  throw new Error(`accepted: ${value}`);
}

describe('validatePaymentLinkTemplate', () => {
  it('accepts https templates and http on localhost, trimmed', () => {
    expect(validatePaymentLinkTemplate(`  ${template} `)).toBe(template);
    expect(validatePaymentLinkTemplate('http://localhost:8080/pay?n={number}')).toBe(
      'http://localhost:8080/pay?n={number}',
    );
    expect(validatePaymentLinkTemplate('https://pay.example.com/static')).toBe(
      'https://pay.example.com/static',
    );
  });

  it('refuses other schemes, plain http, and what is no URL', () => {
    expect(fieldMessage('http://pay.example.com/?n={number}')).toMatch(/https/);
    expect(fieldMessage('javascript:alert({number})')).toMatch(/https/);
    expect(fieldMessage('data:text/html,{number}')).toMatch(/https/);
    expect(fieldMessage('pay.example.com/{number}')).toMatch(/https/);
    expect(fieldMessage('https://user:pw@pay.example.com/')).toMatch(/https/);
  });

  it('refuses unknown placeholders, stray braces, and placeholders in the host', () => {
    expect(fieldMessage('https://pay.example.com/?c={customer}')).toMatch(/unknown placeholder \{customer\}/);
    expect(fieldMessage('https://pay.example.com/?n={number')).toMatch(/brace/);
    expect(fieldMessage('https://{number}.example.com/')).toMatch(/host/);
    expect(fieldMessage(`https://pay.example.com/${'x'.repeat(2000)}`)).toMatch(/2000/);
  });
});

describe('isSafePaymentUrl', () => {
  it('allows https and loopback http only', () => {
    expect(isSafePaymentUrl('https://pay.example.com/x')).toBe(true);
    expect(isSafePaymentUrl('http://127.0.0.1:3000/x')).toBe(true);
    expect(isSafePaymentUrl('http://pay.example.com/x')).toBe(false);
    expect(isSafePaymentUrl('javascript:alert(1)')).toBe(false);
    expect(isSafePaymentUrl('not a url')).toBe(false);
  });
});
