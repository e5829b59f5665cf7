// Where cppjieba (the segmenter's C++ headers and dictionaries) is: vendor/cppjieba in an installed
// gongwen-lint (copied there from nodejieba when the package is packed: scripts/vendor-cppjieba.mjs),
// else nodejieba's copy in a clone. An installed package so needs no nodejieba, whose install script
// runs `npx node-pre-gyp` (which fails without npm's `yes` set).
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const vendored = path.join(__dirname, '..', 'vendor', 'cppjieba');
module.exports = existsSync(vendored) ? vendored : path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba');
