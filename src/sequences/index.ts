export * from './content.js';
export * from './content-schema.js';
export * from './errors.js';
