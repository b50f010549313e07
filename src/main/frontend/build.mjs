// Bundles the applicant page (form-js viewer and its CSS) into the directory given as the first
// argument, which the Maven build points at target/classes/static/applicant.
import { build } from 'esbuild';

const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: node build.mjs <output directory>');
  process.exit(2);
}

await build({
  entryPoints: ['src/applicant.js'],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  outdir,
  entryNames: 'applicant',
  loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
  logLevel: 'info'
});
