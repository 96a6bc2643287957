import { describe, expect, it } from 'vitest';
import type { Role } from '../actor';
import { canEditProfile, canManagePeople, canReadFullProfile, isManagerOf } from './policies';

const actor = (role: Role) => ({ personId: 'me', role });
const report = { id: 'report', managerId: 'me' };
const colleague = { id: 'colleague', managerId: 'someone-else' };
const self = { id: 'me', managerId: 'boss' };

describe('policies', () => {
  it('lets only admins manage people', () => {
    expect(canManagePeople(actor('admin'))).toBe(true);
    expect(canManagePeople(actor('manager'))).toBe(false);
    expect(canManagePeople(actor('employee'))).toBe(false);
  });

  it('knows a direct manager', () => {
    expect(isManagerOf(actor('manager'), report)).toBe(true);
    expect(isManagerOf(actor('manager'), colleague)).toBe(false);
    expect(isManagerOf(actor('manager'), { managerId: null })).toBe(false);
  });

  it('lets people edit their own profile and admins edit anyone', () => {
    expect(canEditProfile(actor('employee'), self)).toBe(true);
    expect(canEditProfile(actor('employee'), colleague)).toBe(false);
    expect(canEditProfile(actor('manager'), report)).toBe(false);
    expect(canEditProfile(actor('admin'), colleague)).toBe(true);
  });

  it('shows a full profile to the person, their manager and admins only', () => {
    expect(canReadFullProfile(actor('employee'), self)).toBe(true);
    expect(canReadFullProfile(actor('manager'), report)).toBe(true);
    expect(canReadFullProfile(actor('manager'), colleague)).toBe(false);
    expect(canReadFullProfile(actor('employee'), colleague)).toBe(false);
    expect(canReadFullProfile(actor('admin'), colleague)).toBe(true);
  });
});
