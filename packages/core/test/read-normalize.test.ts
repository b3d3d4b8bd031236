import { describe, expect, it } from 'vitest';
import {
  labelKey,
  normalizeLabel,
  splitNote,
  splitNumbering,
  squeeze,
  unifyQuotes,
} from '../src/read/normalize.js';
import { readCellText } from '../src/read/cell-text.js';

describe('normalize', () => {
  it('removes every kind of space and line break', () => {
    expect(squeeze('第二十条 第（一）\n项\u3000\u00a0\u200b')).toBe('第二十条第（一）项');
  });

  it('unifies quote styles', () => {
    expect(unifyQuotes('危及“三安全一稳定”')).toBe('危及"三安全一稳定"');
    expect(unifyQuotes('危及〝三安全一稳定〞')).toBe('危及"三安全一稳定"');
    expect(unifyQuotes('‘a’')).toBe("'a'");
  });

  it.each([
    ['一、本年新收政府信息公开申请数量', '一、', '本年新收政府信息公开申请数量'],
    ['（三）不予公开', '(三)', '不予公开'],
    ['(三)不予公开', '(三)', '不予公开'],
    ['3.其他', '3.', '其他'],
    ['3、其他', '3、', '其他'],
    ['３．其他', '3.', '其他'],
    ['①其他', '①', '其他'],
    ['⑴其他', '(1)', '其他'],
    ['其他', '', '其他'],
    // a number is not a numbering, nor is a label that is nothing but one
    ['1.5', '', '1.5'],
    ['一、', '', '一、'],
    ['第二十条第(一)项', '', '第二十条第(一)项'],
  ])('splits the numbering off %s', (text, no, rest) => {
    expect(splitNumbering(text)).toEqual({ no, rest });
  });

  it('splits off a trailing parenthetical note, in either width', () => {
    expect(splitNote('规章（设区的市、自治州人民政府应提供相关数据）')).toEqual({
      core: '规章',
      note: '（设区的市、自治州人民政府应提供相关数据）',
    });
    expect(splitNote('本年收费金额(单位:万元)')).toEqual({
      core: '本年收费金额',
      note: '(单位:万元)',
    });
    expect(splitNote('a(b(c))')).toEqual({ core: 'a', note: '(b(c))' });
  });

  it('keeps a label that is all parenthetical, and unbalanced text, whole', () => {
    expect(splitNote('(本列数据的勾稽关系为)')).toEqual({
      core: '(本列数据的勾稽关系为)',
      note: '',
    });
    expect(splitNote('a b)')).toEqual({ core: 'a b)', note: '' });
    expect(splitNote('')).toEqual({ core: '', note: '' });
  });

  it('reduces a label to numbering, key, core and note', () => {
    expect(normalizeLabel(' （二） 部分公开（区分处理的，只计这一情形，\n不计其他情形）')).toEqual({
      no: '(二)',
      full: '部分公开(区分处理的,只计这一情形,不计其他情形)',
      core: '部分公开',
      note: '(区分处理的,只计这一情形,不计其他情形)',
    });
  });

  it('gives full-width, half-width and spaced spellings one key', () => {
    const keys = ['（七）总计', '(七) 总计', '（七）　总　计', '(七)\n总计'].map(labelKey);
    expect(new Set(keys)).toEqual(new Set(['总计']));
    // Kangxi radicals from PDF text layers fold to the ideographs
    expect(labelKey('\u2F00、总体情况')).toBe('总体情况');
  });
});

describe('readCellText keeps what it cannot read exactly', () => {
  it('does not join two numbers typed into one cell', () => {
    expect(readCellText('12 34')).toMatchObject({ status: 'text', value: '12 34' });
    expect(readCellText('1 234')).toMatchObject({ status: 'normalized', value: 1234 });
    expect(readCellText('5 件')).toMatchObject({ status: 'text', suggestion: 5 });
  });
  it('keeps numbers too large to hold exactly as the text typed', () => {
    expect(readCellText('9'.repeat(400))).toMatchObject({ status: 'text', value: '9'.repeat(400) });
    expect(readCellText('12345678901234567891')).toMatchObject({ status: 'text' });
    expect(readCellText('9007199254740991')).toMatchObject({
      status: 'number',
      value: 9007199254740991,
    });
    expect(readCellText('516.38')).toMatchObject({ status: 'number', value: 516.38 });
  });
});
