import type { Lang } from '@nianbao/core';
import { EXIT } from '../exit.js';
import { t } from '../i18n.js';
import type { Io } from '../output/sink.js';
import { readerById } from '../readers/registry.js';
import { skeletonReport } from '../skeleton.js';
import { emit } from './convert.js';
import { forTerminal } from '../output/terminal.js';

export interface InitOptions {
  agency: string;
  year: number;
  agencyLevel?: string;
  to: string;
  output?: string;
  lang: Lang;
  force: boolean;
}

export async function runInit(o: InitOptions, io: Io): Promise<number> {
  const report = skeletonReport({ agency: o.agency, year: o.year, agencyLevel: o.agencyLevel });
  const text = await readerById(o.to)!.write!(report, { lang: o.lang });
  await emit(text, o.output, io, { force: o.force });
  if (o.output !== undefined && o.output !== '-')
    await io.err.write(`${forTerminal(t(o.lang, 'init.written', { file: o.output }))}\n`);
  return EXIT.ok;
}
