'use strict';
/**
 * functions.vi.json: the generated custom-functions metadata with Vietnamese function names
 * (src/functions/localNames.ts), for the manifest's vi-VN Override of the metadata URL.
 *
 * In webpack, after CustomFunctionsMetadataPlugin:
 *   const { LocalizedFunctionsPlugin } = require('./scripts/localize-functions');
 *   new LocalizedFunctionsPlugin()   // functions.json -> functions.vi.json, next to it
 * By hand:
 *   node scripts/localize-functions.js dist/functions.json dist/functions.vi.json
 */
const fs = require('fs');
const path = require('path');

const PLUGIN_NAME = 'LocalizedFunctionsPlugin';

/** The TypeScript sources hold the name map and the check; load them without a build step. */
function localize(metadataJson) {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(__dirname, '..', 'tsconfig.json'),
    compilerOptions: { module: 'commonjs' },
  });
  const { localizeMetadata } = require('../src/functions/localize.ts');
  const { VIETNAMESE_NAMES } = require('../src/functions/localNames.ts');
  return localizeMetadata(metadataJson, VIETNAMESE_NAMES);
}

class LocalizedFunctionsPlugin {
  constructor({ input = 'functions.json', output = 'functions.vi.json' } = {}) {
    this.input = input;
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.input);
        // No functions.json: the metadata plugin has already reported why.
        if (!asset) return;
        try {
          compilation.emitAsset(this.output, new sources.RawSource(localize(asset.source.source().toString())));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: ${e.message}`));
        }
      });
    });
  }
}

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node scripts/localize-functions.js <functions.json> <functions.vi.json>');
    process.exit(2);
  }
  fs.writeFileSync(output, localize(fs.readFileSync(input, 'utf8')));
}

module.exports = { LocalizedFunctionsPlugin, localize };
