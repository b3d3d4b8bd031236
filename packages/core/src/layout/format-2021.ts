import { label as l } from './label.js';
import type { AxisNode, FormatLayout } from './types.js';

/**
 * The 2021 national template (国办公开办函〔2021〕30号) as data: every section, table, row and
 * column with its canonical label. Renderers, readers, the schema, the rules' sets and the docs
 * are all derived from this one description; no other module spells a template label.
 */

/** 申请人情况: the seven data columns of table 三. */
const applicantColumns: AxisNode[] = [
  { key: 'naturalPerson', label: l('自然人', 'Natural persons') },
  {
    label: l('法人或其他组织', 'Legal persons and other organisations'),
    children: [
      { key: 'commercial', label: l('商业企业', 'Commercial enterprises') },
      { key: 'research', label: l('科研机构', 'Research institutions') },
      { key: 'publicInterest', label: l('社会公益组织', 'Public-interest organisations') },
      { key: 'legalService', label: l('法律服务机构', 'Legal service providers') },
      { key: 'other', label: l('其他', 'Other') },
    ],
  },
  { key: 'total', label: l('总计', 'Total'), derived: true },
];

const resultColumns = (): AxisNode[] => [
  { key: 'upheld', label: l('结果维持', 'Upheld') },
  { key: 'corrected', label: l('结果纠正', 'Corrected') },
  { key: 'other', label: l('其他结果', 'Other result') },
  { key: 'pending', label: l('尚未审结', 'Pending') },
  { key: 'total', label: l('总计', 'Total'), derived: true },
];

const infoContent = l('信息内容', 'Information');

export const format2021: FormatLayout = {
  format: '2021',
  title: l(
    '中华人民共和国政府信息公开工作年度报告格式',
    'National format of the annual report on government information disclosure',
  ),
  reportTitle: l('政府信息公开工作年度报告', 'Annual report on government information disclosure', {
    aliases: [
      '政府信息公开年度报告',
      '政府信息公开情况的报告',
      '政府信息公开年报',
      '政务公开工作年度报告',
      '信息公开工作年度报告',
    ],
  }),
  sections: [
    { key: 'overview', no: '一', heading: l('总体情况', 'Overview') },
    {
      key: 'proactive',
      no: '二',
      heading: l('主动公开政府信息情况', 'Proactive disclosure'),
      table: 'table2',
    },
    {
      key: 'applications',
      no: '三',
      heading: l('收到和处理政府信息公开申请情况', 'Applications received and handled'),
      table: 'table3',
    },
    {
      key: 'reviewLitigation',
      no: '四',
      heading: l('政府信息公开行政复议、行政诉讼情况', 'Administrative review and litigation', {
        aliases: [
          '因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
          '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
          '因政府信息公开工作被申请行政复议提起行政诉讼情况',
          '政府信息公开行政复议及行政诉讼情况',
          '政府信息公开行政复议和行政诉讼情况',
        ],
      }),
      table: 'table4',
    },
    {
      key: 'problems',
      no: '五',
      heading: l('存在的主要问题及改进情况', 'Main problems and improvements', {
        aliases: ['政府信息公开工作存在的主要问题及改进情况'],
      }),
    },
    { key: 'otherMatters', no: '六', heading: l('其他需要报告的事项', 'Other matters to report') },
  ],
  tables: [
    {
      id: 'table2',
      section: '二',
      title: l('主动公开政府信息情况', 'Proactive disclosure'),
      blocks: [
        {
          header: l('第二十条第（一）项', 'Article 20, item (1)'),
          corner: infoContent,
          base: '/proactive',
          rowShape: 'documentCounts',
          rows: [
            { key: 'regulations', label: l('规章', 'Rules (规章)') },
            {
              key: 'normativeDocuments',
              // 规范性文件 is the 2019 trial template's row; seen in 2021-format tables too.
              label: l('行政规范性文件', 'Normative documents', { variants: ['规范性文件'] }),
            },
          ],
          columns: [
            { key: 'issued', label: l('本年制发件数', 'Issued this year'), kind: 'count' },
            { key: 'repealed', label: l('本年废止件数', 'Repealed this year'), kind: 'count' },
            {
              key: 'inForce',
              label: l('现行有效件数', 'In force', { variants: ['现行有效件'] }),
              kind: 'count',
            },
          ],
        },
        {
          header: l('第二十条第（五）项', 'Article 20, item (5)'),
          corner: infoContent,
          base: '/proactive',
          rowShape: 'decisionCount',
          rows: [{ key: 'licensing', label: l('行政许可', 'Administrative licensing') }],
          columns: [
            {
              key: 'decisions',
              label: l('本年处理决定数量', 'Decisions this year'),
              kind: 'count',
            },
          ],
        },
        {
          header: l('第二十条第（六）项', 'Article 20, item (6)'),
          corner: infoContent,
          base: '/proactive',
          rowShape: 'decisionCount',
          rows: [
            { key: 'punishment', label: l('行政处罚', 'Administrative penalties') },
            { key: 'coercion', label: l('行政强制', 'Administrative coercion') },
          ],
          columns: [
            {
              key: 'decisions',
              label: l('本年处理决定数量', 'Decisions this year'),
              kind: 'count',
            },
          ],
        },
        {
          header: l('第二十条第（八）项', 'Article 20, item (8)'),
          corner: infoContent,
          base: '/proactive',
          rowShape: 'feeAmount',
          rows: [{ key: 'fees', label: l('行政事业性收费', 'Administrative fees') }],
          columns: [
            {
              key: 'amount',
              label: l('本年收费金额（单位：万元）', 'Fees collected this year (10,000 yuan)'),
              kind: 'money',
            },
          ],
        },
      ],
    },
    {
      id: 'table3',
      section: '三',
      title: l('收到和处理政府信息公开申请情况', 'Applications received and handled'),
      blocks: [
        {
          corner: l(
            '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
            '(In each column: item 1 plus item 2 equals item 3 plus item 4)',
          ),
          base: '/applications',
          rowShape: 'applicantCounts',
          columns: [{ label: l('申请人情况', 'Applicants'), children: applicantColumns }],
          rows: [
            {
              key: 'received',
              label: l('本年新收政府信息公开申请数量', 'New applications received this year', {
                no: '一、',
              }),
            },
            {
              key: 'carriedOver',
              label: l('上年结转政府信息公开申请数量', 'Carried over from last year', {
                no: '二、',
              }),
            },
            {
              key: 'outcomes',
              label: l('本年度办理结果', 'Outcomes this year', { no: '三、' }),
              children: [
                { key: 'granted', label: l('予以公开', 'Disclosed', { no: '（一）' }) },
                {
                  key: 'partiallyGranted',
                  label: l(
                    '部分公开（区分处理的，只计这一情形，不计其他情形）',
                    'Partially disclosed (count only here)',
                    {
                      no: '（二）',
                      variants: ['部分公开（区分处理的，只计这一情况，不计其他情形）'],
                    },
                  ),
                },
                {
                  key: 'withheld',
                  label: l('不予公开', 'Not disclosed', { no: '（三）' }),
                  children: [
                    { key: 'stateSecret', label: l('属于国家秘密', 'State secrets', { no: '1.' }) },
                    {
                      key: 'prohibitedByLaw',
                      label: l('其他法律行政法规禁止公开', 'Prohibited by other laws', {
                        no: '2.',
                      }),
                    },
                    {
                      key: 'threeSecuritiesOneStability',
                      label: l(
                        '危及“三安全一稳定”',
                        'Endangers the “three securities and one stability”',
                        { no: '3.' },
                      ),
                    },
                    {
                      key: 'thirdPartyRights',
                      label: l('保护第三方合法权益', "Protects third parties' rights", {
                        no: '4.',
                      }),
                    },
                    {
                      key: 'internalAffairs',
                      label: l('属于三类内部事务信息', 'Internal affairs information', {
                        no: '5.',
                        variants: ['属于三类内容事务信息'],
                      }),
                    },
                    {
                      key: 'processInformation',
                      label: l('属于四类过程性信息', 'Process information', { no: '6.' }),
                    },
                    {
                      key: 'enforcementFiles',
                      label: l('属于行政执法案卷', 'Law-enforcement case files', { no: '7.' }),
                    },
                    {
                      key: 'administrativeQuery',
                      label: l('属于行政查询事项', 'Administrative query matters', { no: '8.' }),
                    },
                  ],
                },
                {
                  key: 'unableToProvide',
                  label: l('无法提供', 'Unable to provide', { no: '（四）' }),
                  children: [
                    {
                      key: 'notHeld',
                      label: l('本机关不掌握相关政府信息', 'Not held by this agency', { no: '1.' }),
                    },
                    {
                      key: 'needsCreation',
                      label: l('没有现成信息需要另行制作', 'Would have to be created', {
                        no: '2.',
                      }),
                    },
                    {
                      key: 'stillUnclear',
                      label: l('补正后申请内容仍不明确', 'Still unclear after correction', {
                        no: '3.',
                      }),
                    },
                  ],
                },
                {
                  key: 'notProcessed',
                  label: l('不予处理', 'Not processed', { no: '（五）' }),
                  children: [
                    {
                      key: 'petitionComplaint',
                      label: l('信访举报投诉类申请', 'Petitions, reports and complaints', {
                        no: '1.',
                      }),
                    },
                    {
                      key: 'repeated',
                      label: l('重复申请', 'Repeated applications', { no: '2.' }),
                    },
                    {
                      key: 'publications',
                      label: l('要求提供公开出版物', 'Requests for publications', { no: '3.' }),
                    },
                    {
                      key: 'massRepeated',
                      label: l('无正当理由大量反复申请', 'Mass repeated applications', {
                        no: '4.',
                      }),
                    },
                    {
                      key: 'reconfirmation',
                      label: l(
                        '要求行政机关确认或重新出具已获取信息',
                        'Requests to confirm or reissue information',
                        { no: '5.' },
                      ),
                    },
                  ],
                },
                {
                  key: 'other',
                  label: l('其他处理', 'Other handling', { no: '（六）' }),
                  formerlyRow: '2019',
                  children: [
                    {
                      key: 'overdueCorrection',
                      label: l(
                        '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
                        'Applicant did not correct in time',
                        { no: '1.' },
                      ),
                    },
                    {
                      key: 'overdueFee',
                      label: l(
                        '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
                        'Applicant did not pay the fee in time',
                        { no: '2.' },
                      ),
                    },
                    { key: 'other', label: l('其他', 'Other', { no: '3.' }) },
                  ],
                },
                { key: 'total', label: l('总计', 'Total', { no: '（七）' }), derived: true },
              ],
            },
            {
              key: 'carriedForward',
              label: l('结转下年度继续办理', 'Carried forward to next year', { no: '四、' }),
            },
          ],
        },
      ],
    },
    {
      id: 'table4',
      section: '四',
      title: l('政府信息公开行政复议、行政诉讼情况', 'Administrative review and litigation'),
      blocks: [
        {
          base: '/reviewLitigation',
          rowShape: 'reviewLitigation',
          rows: [{ label: l('', '') }],
          columns: [
            {
              key: 'review',
              label: l('行政复议', 'Administrative review'),
              shape: 'resultCounts',
              children: resultColumns(),
            },
            {
              label: l('行政诉讼', 'Administrative litigation'),
              children: [
                {
                  key: 'litigationDirect',
                  label: l('未经复议直接起诉', 'Sued directly'),
                  shape: 'resultCounts',
                  children: resultColumns(),
                },
                {
                  key: 'litigationAfterReview',
                  label: l('复议后起诉', 'Sued after review'),
                  shape: 'resultCounts',
                  children: resultColumns(),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
