// remark-cli, vscode-remark and remark-language-server all read this file.
import nianbao from '@nianbao/remark-lint';

export default {
  plugins: [nianbao],
};
