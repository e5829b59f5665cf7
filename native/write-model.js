// Install step, after node-gyp: compiles nodejieba's dictionary and HMM model into
// build/segmentation.model (node-gyp has just emptied build/). It needs the compiled JS: a
// package from the registry has it; a git clone runs `npm run build` (prepare) after install,
// which writes the model then.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/nlp/segmentation-model.js', import.meta.url);
if (existsSync(compiled)) (await import(compiled.href)).writeSegmentationModel();
