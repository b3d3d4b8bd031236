/**
 * CJK radicals some PDF writers map ideographs to, with the ideograph a reader sees (Unicode's
 * EquivalentUnifiedIdeograph data). Kangxi radicals (U+2F00–U+2FD5) fold by NFKC; the CJK
 * Radicals Supplement (U+2E80–U+2EF3) has no decomposition, so its simplified forms are listed:
 * `人⺠` is `人民`, `⻓期` is `长期`.
 */
const SUPPLEMENT =
  '⺁厂⺅亻⺆冂⺉刂⺌小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺗心⺘扌⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺦丬⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺯糹⺰纟⺲罒⺳罓⺶羊⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < SUPPLEMENT.length; i += 2) MAP.set(SUPPLEMENT[i], SUPPLEMENT[i + 1]);

const RADICAL = /[\u2e80-\u2fdf]/g;

/** The text with every radical a PDF writer put for an ideograph folded to that ideograph. */
export const foldRadicals = (s: string): string =>
  s.replace(RADICAL, (c) => MAP.get(c) ?? c.normalize('NFKC'));
