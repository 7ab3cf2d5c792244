export * from './iso-duration';
export * from './outreach-ladder';
