import { describe, expect, it } from 'vitest';
import { format2019, format2021, type FormatLayout } from '../src/layout/index.js';
import { defaultTitle, looksLikeTitle, parseTitle } from '../src/read/index.js';

describe('parseTitle', () => {
  it.each([
    ['余关镇人民政府2023年政府信息公开工作年度报告', { agency: '余关镇人民政府', year: 2023 }],
    ['江州市人民政府 2024 年政府信息公开工作年度报告', { agency: '江州市人民政府', year: 2024 }],
    // `关于` opens the title without being part of the agency.
    ['关于余关镇2023年度政府信息公开工作的报告', { agency: '余关镇', year: 2023 }],
    ['关于2022年度政府信息公开情况的报告', { year: 2022 }],
    // Wordings other than the template's.
    ['余关镇2023年政务公开工作年度报告', { agency: '余关镇', year: 2023 }],
    ['沭阳县发展和改革局2023年政府信息公开年度报告', { agency: '沭阳县发展和改革局', year: 2023 }],
    ['威海市文登区信访局2022年信息公开工作年度报告', { agency: '威海市文登区信访局', year: 2022 }],
    // The agency after the year.
    ['2023年度余关镇政府信息公开工作年度报告', { agency: '余关镇', year: 2023 }],
    ['2022年度螅镇政府信息公开工作年度报告', { agency: '螅镇', year: 2022 }],
  ])('%s', (title, parts) => {
    expect(parseTitle(title)).toEqual(parts);
  });

  it('reads nothing from a line that is not a report title', () => {
    expect(parseTitle('一、总体情况')).toEqual({});
    expect(parseTitle('2023年，余关镇认真贯彻落实《条例》')).toEqual({});
  });

  it('keeps no year outside the years of the regulations', () => {
    expect(parseTitle('余关镇1999年政府信息公开工作年度报告')).toEqual({ agency: '余关镇' });
  });

  it('takes its wordings from the layout', () => {
    const narrow: FormatLayout = {
      ...format2021,
      reportTitle: { zh: '政府信息公开工作年度报告', en: 'Annual report' },
    };
    expect(parseTitle('余关镇2023年政务公开工作年度报告', narrow)).toEqual({});
    expect(parseTitle('余关镇2023年政府信息公开工作年度报告', narrow)).toEqual({
      agency: '余关镇',
      year: 2023,
    });
  });
});

describe('looksLikeTitle', () => {
  it('accepts a title that names the year and calls itself a report', () => {
    expect(looksLikeTitle('余关镇人民政府2023年政府信息公开工作年度报告')).toBe(true);
    expect(looksLikeTitle('2022年度螅镇政府信息公开工作年度报告')).toBe(true);
    expect(looksLikeTitle('XX县2023年政府信息公开年报')).toBe(true);
  });

  it('rejects a sentence about the work, and an over-long line', () => {
    expect(looksLikeTitle('我镇2023年政府信息公开工作取得成效')).toBe(false);
    expect(looksLikeTitle(`余关镇2023年政府信息公开工作年度报告${'说明'.repeat(40)}`)).toBe(false);
  });
});

describe('defaultTitle', () => {
  it('is the template wording after agency and year, and reads back', () => {
    for (const layout of [format2021, format2019]) {
      const t = defaultTitle('江州市人民政府', 2024, layout);
      expect(t).toBe('江州市人民政府2024年政府信息公开工作年度报告');
      expect(parseTitle(t, layout)).toEqual({ agency: '江州市人民政府', year: 2024 });
    }
  });
});
