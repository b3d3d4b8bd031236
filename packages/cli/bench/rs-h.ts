import { generateReports, render } from './accuracy/index.js';
const [g] = generateReports(1, 7);
console.log(render(g, g.report, process.argv[2] ?? 'txt'));
