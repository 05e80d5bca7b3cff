// Builds the shared-runtime add-in: taskpane.html hosts the task pane, the custom functions and the
// ribbon command. `npm run build -- --env host=https://your.host/path/` rewrites every development URL.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinHost, rewriteUrls } = require("./webpack/addinHost");
const { HelpPagePlugin } = require("./webpack/helpPagePlugin");

/**
 * HTTPS for `npm start`: Office's trusted dev certificates when they can be installed, otherwise a
 * self-signed certificate (the browser will ask you to accept it once; see README).
 */
async function httpsOptions() {
  if (process.env.HTTPS_KEY && process.env.HTTPS_CERT) {
    const fs = require("fs");
    return { key: fs.readFileSync(process.env.HTTPS_KEY), cert: fs.readFileSync(process.env.HTTPS_CERT) };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(`Office dev certificates are not available here (${error.message}); serving with a self-signed certificate.`);
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const host = addinHost(env);
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    // Office builds on Windows that still use the original Edge webview cannot parse syntax after
    // ES2017 (`??`, `?.`): shipped bundles are down-levelled to ES2017, webpack's own runtime included
    // (test/taskpane/shippedScripts.test.ts parses them).
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: ["./src/functions/runtimeGuard.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "ES2017", sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HelpPagePlugin({ metadataAsset: "functions.json", output: "help.html", namespace: "CQC", host }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Plain ES5, copied as it is: it must run where the bundles cannot (see the file).
          { from: "src/taskpane/webviewCheck.js", to: "webviewCheck.js" },
          { from: "assets/samples/*.xlsx", to: "assets/samples/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteUrls(content.toString(), host) },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          static: false,
        }
      : undefined,
  };
};
