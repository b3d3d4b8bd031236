import type { Lang } from '@nianbao/core';

/** `--help` of each command, in both languages. */
export const HELP: Record<
  'main' | 'check' | 'fix' | 'convert' | 'init' | 'aggregate' | 'rules',
  Record<Lang, string>
> = {
  main: {
    'zh-CN': `用法：nianbao <命令> [选项]

政府信息公开工作年度报告的检查、修正、转换与新建。

命令：
  check <文件、目录或 glob…>   检查报告（.json、.md、.html、.txt），核对表格勾稽关系
  aggregate <文件…> --agency …  把多个机关的报告汇总为一份
  fix <文件>                   填写可由其他单元格算出的合计，只改动这些单元格
  convert <文件> --to md|json  转换报告格式
  init --agency … --year …     生成一份空白报告（Markdown）
  rules [--json]               列出全部检查规则

选项：
  --lang zh-CN|en   输出语言（默认 zh-CN）
  -h, --help        显示帮助；nianbao <命令> --help 显示该命令的帮助
  -v, --version     显示版本

退出码：0 没有错误；1 发现错误级别的问题；2 参数错误或有输入无法使用。
`,
    en: `Usage: nianbao <command> [options]

Check, fix, convert and start annual reports on government information disclosure.

Commands:
  check <files, folders or globs…>  Check reports (.json, .md, .html, .txt) and reconcile their tables
  aggregate <files…> --agency …     Add up several agencies' reports into one
  fix <file>                        Fill in the totals that other cells determine, touching only those cells
  convert <file> --to md|json       Convert a report to another format
  init --agency … --year …          Print a blank report skeleton (Markdown)
  rules [--json]                    List every rule nianbao checks

Options:
  --lang zh-CN|en   Language of the output (default zh-CN)
  -h, --help        Show help; nianbao <command> --help for a command
  -v, --version     Show the version

Exit codes: 0 no errors; 1 error-level findings; 2 bad arguments or an input that could not be used.
`,
  },
  check: {
    'zh-CN': `用法：nianbao check <文件、目录或 glob…> [选项]

检查年度报告。目录会被递归遍历（跳过 node_modules 和以 . 开头的目录），只取
.json、.md、.html、.htm、.txt 文件；目录或 glob 中明显不是年度报告的文件会被跳过并计数，直接指定的
文件则必须是年度报告。文件格式按内容识别，扩展名只作参考。

选项：
  -f, --format stylish|json|sarif  输出格式（默认 stylish）
  --lang zh-CN|en                  输出语言（默认 zh-CN）
  --max-size <MB>                  单个文件大小上限（默认 10）
  -j, --jobs <n>                   并行检查的线程数（默认 1；文件很多且 CPU 空闲时可加大）
  --progress / --no-progress       在终端显示或隐藏进度条（默认：文件较多时显示）
  --previous <文件>                与上年度报告核对“上年结转”（同一机关相邻年度的报告一起检查时自动核对）
  --report <文件>                  另写一份检查结果：.html（可直接打开的网页）、.csv（Excel/WPS）或 .json；可重复

退出码：0 没有错误级别的问题；1 有错误级别的问题；2 参数错误或有输入无法使用
（不存在、不是文本、过大、无法解析、不是年度报告），其余文件仍会检查。
`,
    en: `Usage: nianbao check <files, folders or globs…> [options]

Check annual reports. Folders are walked recursively (skipping node_modules and dot folders),
taking .json, .md, .html, .htm and .txt files; files found in a folder or by a glob that are plainly not reports are
skipped and counted, while a file named on the command line must be a report. The format is
detected from the content; the extension is only a hint.

Options:
  -f, --format stylish|json|sarif  Output format (default stylish)
  --lang zh-CN|en                  Language of the output (default zh-CN)
  --max-size <MB>                  Size limit per file (default 10)
  -j, --jobs <n>                   Threads checking in parallel (default 1; raise it for many files on idle cores)
  --progress / --no-progress       Show or hide the progress bar on a terminal (default: shown for many files)
  --previous <file>                Compare 上年结转 with last year's report (automatic for consecutive years checked together)
  --report <file>                  Also write an audit: .html (a self-contained page), .csv (Excel/WPS) or .json; repeatable

Exit codes: 0 no error-level finding; 1 error-level findings; 2 bad arguments or an input that
could not be used (missing, not text, too large, unparsable, not a report); the other files are
still checked.
`,
  },
  fix: {
    'zh-CN': `用法：nianbao fix <文件> [选项]

根据各项数值填写或更正合计（表三各行总计、三（七）总计、表四总计）。只替换这些
单元格的文字，文件的其余部分一个字节都不改；只有全部加数都是数字时才填写合计；
每处修改都会列出原来的内容。只改写 JSON 和 Markdown 报告；网页或纯文本请先用 convert 转换。

选项：
  --dry-run         只显示将要做的修改，不写文件
  --lang zh-CN|en   输出语言（默认 zh-CN）
  --max-size <MB>   文件大小上限（默认 10）

退出码：0 修正后没有错误；1 仍有需要人工处理的错误；2 输入无法使用。
`,
    en: `Usage: nianbao fix <file> [options]

Fill in or correct the totals (table 三's row totals and 三（七）, table 四's totals) from the values
they add up. Only the text of those cells is replaced; every other byte of the file is kept. A
total is set only when all its terms are numbers; each change is listed with the old content.
JSON and Markdown only: convert a web page or text file first.

Options:
  --dry-run         Show the changes without writing the file
  --lang zh-CN|en   Language of the output (default zh-CN)
  --max-size <MB>   Size limit (default 10)

Exit codes: 0 no errors left; 1 errors left that need a person; 2 the input could not be used.
`,
  },
  convert: {
    'zh-CN': `用法：nianbao convert <文件> --to md|json [-o 输出文件]

转换报告格式，数值原样保留（包括单元格中的文字）。不指定 -o 时输出到标准输出。

选项：
  -t, --to md|json    目标格式（必填）
  -o, --output <文件>  输出文件（会覆盖已有文件，但不能是输入文件本身）
  --lang zh-CN|en     输出语言（默认 zh-CN）
`,
    en: `Usage: nianbao convert <file> --to md|json [-o output]

Convert a report to another format, keeping every value as written (text in cells included).
Writes to stdout unless -o is given.

Options:
  -t, --to md|json      Target format (required)
  -o, --output <file>   Output file (overwritten if it exists; never the input itself)
  --lang zh-CN|en       Language of the output (default zh-CN)
`,
  },
  init: {
    'zh-CN': `用法：nianbao init --agency <机关名称> --year <年份> [选项]

生成一份新报告的骨架：六个部分和三张表格齐全，所有单元格留空。留空不等于 0：
nianbao check 会逐一列出尚未填写的单元格，没有发生的事项请填 0。

选项：
  --agency <名称>     报告机关（必填）
  --year <年份>       报告年度（必填，2021 年起使用 2021 版格式）
  --level <级别>      机关级别：stateCouncilDepartment、province、city、county、township、subdistrict、department
  -t, --to md|json    格式（默认 md）
  -o, --output <文件>  写入文件而不是标准输出（已存在时需加 --force）
  --force             覆盖已有文件
  --lang zh-CN|en     输出语言（默认 zh-CN）
`,
    en: `Usage: nianbao init --agency <name> --year <year> [options]

Print the skeleton of a new report: all six sections and three tables, every cell blank. Blank is
not 0: nianbao check lists each cell still to fill in; write 0 where nothing happened.

Options:
  --agency <name>     Reporting agency (required)
  --year <year>       Year reported on (required; the 2021 format applies from 2021 on)
  --level <level>     Kind of agency: stateCouncilDepartment, province, city, county, township, subdistrict, department
  -t, --to md|json    Format (default md)
  -o, --output <file> Write to a file instead of stdout (add --force to overwrite)
  --force             Overwrite an existing file
  --lang zh-CN|en     Language of the output (default zh-CN)
`,
  },
  aggregate: {
    'zh-CN': `用法：nianbao aggregate <文件…> --agency <汇总单位> [--year <年度>] [--to md|json] [-o <文件> [--force]]

把多个机关同一年度、同一格式的报告逐格相加，得到一份汇总报告（如县政府汇总各部门），
写到标准输出或 -o 指定的文件，并像其他报告一样检查。任何一份报告中空白或不是数字的单元格，
在汇总中也留空，并在标准错误中列出是哪些报告造成的。检查结果写到标准错误。
年度取 --year，否则取输入报告写明的年度；都没有时报错。-o 不会覆盖已有文件，除非加 --force；
无论如何都不会覆盖输入文件本身。

退出码：0 汇总没有错误级别的问题；1 有；2 参数错误、输入无法使用、格式或年度不一致。
`,
    en: `Usage: nianbao aggregate <files…> --agency <name> [--year <year>] [--to md|json] [-o <file> [--force]]

Adds up several agencies' reports of one year and one format, cell by cell, into one consolidated
report (a county's roll-up of its departments), writes it to stdout or -o, and checks it like any
report. A cell blank or not a number in any input stays blank in the sum; stderr names the inputs
that made it so. Findings go to stderr. The year is --year, else the year the inputs state; with
neither, an error. -o never replaces an existing file without --force, and never an input at all.

Exit codes: 0 no error-level finding in the sum; 1 some; 2 bad arguments, an unusable input, or
mixed formats or years.
`,
  },
  rules: {
    'zh-CN': `用法：nianbao rules [选项]

列出 nianbao 的全部检查规则：规则编号、类别、级别和名称；“可修正”的规则可由 nianbao fix 修正。
规则编号可用于 <!-- lint disable 规则编号 --> 等注释和 SARIF 输出。

选项：
  --json            以 JSON 输出每条规则的完整说明（说明、原因、提示语、示例、适用的输入）
  --lang zh-CN|en   输出语言（默认 zh-CN）
`,
    en: `Usage: nianbao rules [options]

List every rule nianbao checks: its id, category, severity and name; "fixable" ones are repaired
by nianbao fix. The ids are those of <!-- lint disable rule-id --> comments and of SARIF output.

Options:
  --json            Print every rule's declaration as JSON (description, why, messages, examples, inputs)
  --lang zh-CN|en   Language of the output (default zh-CN)
`,
  },
};
