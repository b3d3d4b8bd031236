import type { Lang } from '@nianbao/core';

/**
 * Why a PDF or Word file cannot be read, in words a clerk can act on. Thrown before any reading
 * starts (or when it finds nothing to read), never for something a finding can say instead.
 */
const MESSAGES = {
  'too-large': {
    'zh-CN': '文件过大（{size}），超过可读取的上限 {limit}',
    en: 'The file is too large ({size}); the limit is {limit}',
  },
  'too-many-pages': {
    'zh-CN': 'PDF 共 {pages} 页，超过上限 {limit} 页；年度报告通常不超过 30 页，请确认文件是否正确',
    en: 'The PDF has {pages} pages, over the limit of {limit}; an annual report rarely has more than 30: check that this is the right file',
  },
  'pdf-invalid': {
    'zh-CN': '无法打开这个 PDF 文件（{reason}）',
    en: 'This PDF file cannot be opened ({reason})',
  },
  'pdf-encrypted': {
    'zh-CN': '这个 PDF 设有打开密码，无法读取；请提供未加密的文件',
    en: 'This PDF is password-protected and cannot be read; provide an unencrypted copy',
  },
  'pdf-scanned': {
    'zh-CN':
      '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字和数字；请提供由 Word/WPS 导出的 PDF 或原始文档',
    en: 'This PDF has no text layer (probably a scan or images): its text and numbers cannot be read; provide a PDF exported from Word/WPS or the original document',
  },
  'pdf-garbled': {
    'zh-CN':
      '这个 PDF 的字体没有文字编码映射（第 {page} 页起），提取出的是乱码（如“{sample}”），无法可靠读取；请用 Word/WPS 重新导出 PDF（嵌入字体）或提供原始文档',
    en: 'The fonts of this PDF have no Unicode map (from page {page}): its text comes out garbled (such as “{sample}”) and cannot be read reliably; export the PDF again from Word/WPS or provide the original document',
  },
  'doc-binary': {
    'zh-CN': '这是旧版 Word 文档（.doc），无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再检查',
    en: 'This is an old binary Word document (.doc), which cannot be read; save it as .docx in Word or WPS and check that file',
  },
  'docx-invalid': {
    'zh-CN': '无法打开这个 Word 文档（{reason}）',
    en: 'This Word document cannot be opened ({reason})',
  },
} as const;

export type DocumentErrorId = keyof typeof MESSAGES;

export class DocumentError extends Error {
  constructor(
    readonly id: DocumentErrorId,
    readonly values: Record<string, string | number> = {},
  ) {
    super(id);
    this.name = 'DocumentError';
  }

  text(lang: Lang = 'zh-CN'): string {
    return MESSAGES[this.id][lang].replace(/\{(\w+)\}/g, (_m, k: string) =>
      String(this.values[k] ?? ''),
    );
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Refuses bytes over a limit before anything parses them. */
export function checkSize(size: number, limit: number): void {
  if (size > limit) throw new DocumentError('too-large', { size: mb(size), limit: mb(limit) });
}

/** Magic numbers of the formats a published report comes in. */
export type BinaryKind = 'pdf' | 'zip' | 'ole2';

export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  const b = bytes;
  // `%PDF-` may follow a few bytes of junk (some servers prepend a BOM or whitespace).
  for (let i = 0; i < Math.min(b.length - 4, 1024); i++)
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46) return 'pdf';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole2';
  return undefined;
}
