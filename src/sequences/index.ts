export * from './answers-file.js';
export * from './asker.js';
export * from './content.js';
export * from './content-schema.js';
export * from './errors.js';
export * from './flow.js';
export * from './progress.js';
export * from './project.js';
