export * from '../../scripts/make-docx.js';
