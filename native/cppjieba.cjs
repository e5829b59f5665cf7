// Where cppjieba (the segmenter's C++ headers and dictionaries) is: nodejieba's copy in a clone
// (a devDependency there), else vendor/cppjieba, which an installed package carries (copied from
// nodejieba when the package is packed: scripts/vendor-cppjieba.mjs). An installed package so
// needs no nodejieba, whose install script runs `npx node-pre-gyp` (which fails without npm's
// `yes`). nodejieba first: vendor/ exists in a clone only while `npm pack` runs.
'use strict';
const path = require('node:path');

function nodejieba() {
  try {
    return path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba');
  } catch {
    return undefined;
  }
}

module.exports = nodejieba() ?? path.join(__dirname, '..', 'vendor', 'cppjieba');
