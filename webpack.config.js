'use strict';
/**
 * Builds the add-in into dist/:
 *   taskpane.html   the shared-runtime page (task pane + custom functions), also the plain
 *                   browser preview page; loads office.js, functions.js and taskpane.js
 *   functions.js    custom functions (src/functions/functions.ts)
 *   functions.json  custom-functions metadata generated from the JSDoc of functions.ts
 *   functions.vi.json  the same with Vietnamese function names (Excel in Vietnamese)
 *   taskpane.js     React + Fluent UI task pane (src/taskpane/index.tsx)
 *   manifest.xml    with every https://localhost:3000/ rewritten to ADDIN_BASE_URL when set
 *   assets/         icons
 *   office.js       only with OFFICE_JS=bundled: office.js and the files it loads next to it
 *                   (Excel host scripts, locale strings, telemetry), copied from vendor/office-js/
 *                   (scripts/fetch-office-js.sh), else from @microsoft/office-js as a last resort.
 *                   By default (OFFICE_JS=cdn) the page loads Microsoft's CDN copy instead
 *                   (scripts/office-js-source.js); the build prints which one it used.
 *
 *   npx webpack --mode production     (npm run build; OFFICE_JS=bundled npm run build, or
 *                                      npm run build:bundled = --env officeJs=bundled)
 *   npx webpack --mode development    (npm run build:dev)
 *   npx webpack serve --mode development   (npm start: https://localhost:3000)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { rewriteBaseUrl, normalizeBaseUrl } = require('./scripts/manifest-url');
const { LocalizedFunctionsPlugin } = require('./scripts/localize-functions');
const { resolveOfficeJs, VENDOR_NOTE } = require('./scripts/office-js-source');

const DEV_PORT = 3000;
/**
 * ExcelJS for the browser (preview mode, src/adapters/exceljs/browserWorkbook.ts): its own
 * prebuilt bundle, which carries the polyfills it needs (Buffer, streams, zlib), so webpack 5
 * needs no Node fallbacks. Named explicitly rather than left to the package's `browser` field,
 * and not parsed again (a 1 MB self-contained UMD file). It is loaded with import(), as its own
 * chunk (exceljs.js), only when a workbook is opened: the pane does not wait for it.
 */
const EXCELJS_BROWSER = require.resolve('exceljs/dist/exceljs.min.js');

/**
 * Files of an office.js folder we do NOT ship in bundled mode: other Office apps, debug builds,
 * IntelliSense files, Outlook strings, the fetch script's own notes. What remains is office.js,
 * the Excel host scripts, custom-functions runtime, locale folders (office_strings.js) and the
 * helper folders office.js loads by relative path (telemetry/, ariatelemetry/, webauth/,
 * agaveerrorux/).
 */
const OFFICE_JS_IGNORE = [
  '**/access-*',
  '**/onenote-*',
  '**/outlook*',
  '**/powerpoint*',
  '**/project-*',
  '**/word*',
  '**/*.debug.js',
  '**/*vsdoc*',
  '**/*.d.ts',
  `**/${VENDOR_NOTE}`,
  '**/.gitignore',
];

/**
 * Content-Security-Policy of a page. Scripts from our own host, plus exactly the origin office.js
 * comes from when it is Microsoft's CDN (OFFICE_JS=cdn, taskpane.html only); office.js loads its
 * Excel host scripts and locale strings from the same place as itself.
 * Styles allow inline because Fluent UI (Griffel) inserts <style> elements at run time.
 * No other external host: office.js telemetry to Microsoft is blocked by connect-src/default-src.
 * @param {boolean} dev  the dev server's live-reload socket needs ws(s) to the same origin
 * @param {string[]} [scriptOrigins]  external script origins to allow (the office.js CDN)
 */
function contentSecurityPolicy(dev, scriptOrigins = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptOrigins].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? `connect-src 'self' wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** HTTPS options for the dev server: explicit files, else office-addin-dev-certs' files, else self-signed. */
function devServerHttps() {
  const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = process.env.DEV_SERVER_CERT || path.join(certDir, 'localhost.crt');
  const key = process.env.DEV_SERVER_KEY || path.join(certDir, 'localhost.key');
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
  }
  return 'https'; // webpack-dev-server generates a self-signed certificate
}

/**
 * Says at the start of every build which office.js the page uses (and, on the npm fallback, warns).
 * @param {import('./scripts/office-js-source').OfficeJsSource} officeJs
 */
class OfficeJsReportPlugin {
  constructor(officeJs) {
    this.officeJs = officeJs;
  }

  apply(compiler) {
    const report = () => console.log(`office.js: ${this.officeJs.summary}`);
    compiler.hooks.beforeRun.tap('OfficeJsReportPlugin', report);
    compiler.hooks.watchRun.tap('OfficeJsReportPlugin', report);
    if (this.officeJs.warning) {
      const { WebpackError } = compiler.webpack;
      compiler.hooks.thisCompilation.tap('OfficeJsReportPlugin', (compilation) => {
        compilation.warnings.push(new WebpackError(this.officeJs.warning));
      });
    }
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const baseUrl = process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : undefined;
  // OFFICE_JS=bundled, or `webpack --env officeJs=bundled` (npm run build:bundled, any shell).
  const officeJs = resolveOfficeJs(env && env.officeJs ? { ...process.env, OFFICE_JS: env.officeJs } : process.env);

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the page's CSP has no 'unsafe-eval'.
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Relative URLs: dist/ works under any base path (ADDIN_BASE_URL) and from 127.0.0.1.
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    module: {
      noParse: (file) => file === EXCELJS_BROWSER,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the bundle only transpiles (2-core machines).
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so webpack can tree-shake Fluent UI.
              compilerOptions: { module: 'esnext', sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      // functions.vi.json: the same metadata with the Vietnamese function names of
      // src/functions/localNames.ts; the manifest's vi-VN Override of the metadata URL.
      new LocalizedFunctionsPlugin({ input: 'functions.json', output: 'functions.vi.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        hash: true, // ?<hash> on script URLs: Office's web view caches hard
        minify: false, // readable, and the same markup in both modes
        // First element of <head> (a CSP <meta> only governs what follows it).
        csp: contentSecurityPolicy(dev, officeJs.scriptOrigins),
        // The office.js <script> of the template: Microsoft's CDN or ./office.js (bundled).
        officeJs: { mode: officeJs.mode, src: officeJs.src, summary: officeJs.summary },
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        minify: false,
        // First element of <head> (a CSP <meta> only governs what follows it).
        csp: contentSecurityPolicy(dev),
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteBaseUrl(content.toString('utf8'), baseUrl),
          },
          { from: 'assets', to: 'assets' },
          // Bundled mode only: office.js and the files it loads, next to taskpane.html.
          ...(officeJs.mode === 'bundled'
            ? [
                {
                  from: '**/*',
                  context: officeJs.dir,
                  to: '.',
                  globOptions: { ignore: OFFICE_JS_IGNORE },
                  // Ship Microsoft's files as they are: already minified, and terser on 12 MB of
                  // office.js host scripts would triple the build time.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      new OfficeJsReportPlugin(officeJs),
    ],
    optimization: {
      // Pages stay as written (webpack 5.10x also minifies .html assets in production;
      // html-webpack-plugin's own `minify` is off too). Scripts are still minified.
      minimizeOptions: { html: false },
    },
    performance: {
      // office.js host scripts (bundled mode) and the Fluent bundle are big by nature; do not warn.
      hints: false,
    },
    stats: 'errors-warnings',
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      devMiddleware: { writeToDisk: false },
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_JS_IGNORE = OFFICE_JS_IGNORE;
