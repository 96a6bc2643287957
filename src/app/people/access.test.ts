import { describe, expect, it } from 'vitest';
import { profileAccess } from './access';

const chain = [{ id: 'direct-manager' }, { id: 'head-of-department' }];

describe('profileAccess', () => {
  it('opens every layer to the person and to admins', () => {
    expect(profileAccess({ personId: 'tom', role: 'employee' }, 'tom', chain)).toEqual({
      learning: true,
      account: true,
    });
    expect(profileAccess({ personId: 'hr', role: 'admin' }, 'tom', [])).toEqual({
      learning: true,
      account: true,
    });
  });

  it('opens the learning profile to every manager up the chain', () => {
    for (const manager of ['direct-manager', 'head-of-department']) {
      expect(profileAccess({ personId: manager, role: 'manager' }, 'tom', chain)).toEqual({
        learning: true,
        account: false,
      });
    }
  });

  it('keeps colleagues, and managers of other lines, to the card', () => {
    expect(profileAccess({ personId: 'ann', role: 'employee' }, 'tom', chain)).toEqual({
      learning: false,
      account: false,
    });
    expect(profileAccess({ personId: 'other-manager', role: 'manager' }, 'tom', chain)).toEqual({
      learning: false,
      account: false,
    });
  });
});
