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
 *   office.js       and the files it loads next to it (Excel host scripts, locale strings,
 *                   telemetry stubs), copied from @microsoft/office-js: never a CDN.
 *
 *   npx webpack --mode production     (npm run build)
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

const DEV_PORT = 3000;
/**
 * ExcelJS for the browser (preview mode, src/adapters/exceljs/browserWorkbook.ts): its own
 * prebuilt bundle, which carries the polyfills it needs (Buffer, streams, zlib), so webpack 5
 * needs no Node fallbacks. Named explicitly rather than left to the package's `browser` field,
 * and not parsed again (a 1 MB self-contained UMD file). It is loaded with import(), as its own
 * chunk (exceljs.js), only when a workbook is opened: the pane does not wait for it.
 */
const EXCELJS_BROWSER = require.resolve('exceljs/dist/exceljs.min.js');
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Files of @microsoft/office-js we do NOT ship: other Office apps, debug builds, IntelliSense
 * files, Outlook strings. What remains is office.js, the Excel host scripts, custom-functions
 * runtime, locale folders (office_strings.js) and the helper folders office.js loads by
 * relative path (telemetry/, ariatelemetry/, webauth/, agaveerrorux/).
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
];

/**
 * Content-Security-Policy of the page. Scripts only from our own host (office.js included).
 * Styles allow inline because Fluent UI (Griffel) inserts <style> elements at run time.
 * No external host anywhere: office.js telemetry to Microsoft is blocked by connect-src.
 * @param {boolean} dev  the dev server's live-reload socket needs ws(s) to the same origin
 */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    "script-src 'self'",
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

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const baseUrl = process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : undefined;

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
        csp: contentSecurityPolicy(dev),
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
          {
            from: '**/*',
            context: OFFICE_JS_DIR,
            to: '.',
            globOptions: { ignore: OFFICE_JS_IGNORE },
            // Ship Microsoft's files as they are: already minified, and terser on 12 MB of
            // office.js host scripts would triple the build time.
            info: { minimized: true },
          },
        ],
      }),
    ],
    optimization: {
      // Pages stay as written (webpack 5.10x also minifies .html assets in production;
      // html-webpack-plugin's own `minify` is off too). Scripts are still minified.
      minimizeOptions: { html: false },
    },
    performance: {
      // office.js host scripts and the Fluent bundle are big by nature; do not warn.
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
