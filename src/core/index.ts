// The domain core's public face: every outer layer imports from here only.
export * from './access/organisation.js';
export * from './access/readers-of.js';
export * from './cable/cable.js';
export * from './cable/cable-draft.js';
export * from './cable/canonical-envelope.js';
export * from './cable/classification.js';
export * from './cable/registry-number.js';
export * from './cable/vocabulary.js';
export * from './errors.js';
export * from './registry/chain.js';
export * from './registry/verify-chain.js';
