/** Build-time constants defined by webpack's DefinePlugin (see webpack.config.js). */
declare const __ADDIN_VERSION__: string;
