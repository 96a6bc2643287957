export * from './availability';
export * from './proposeSlots';
export * from './recurrence';
export * from './videoLink';
export * from './zonedTime';
