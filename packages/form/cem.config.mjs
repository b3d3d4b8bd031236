export default {
  globs: ['src/report-form.ts', 'src/define.ts'],
  outdir: 'dist',
  litelement: true,
};
