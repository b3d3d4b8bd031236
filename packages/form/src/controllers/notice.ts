import type { Lang } from '@nianbao/core';

/** A notice above the form; a function when it must follow the element's language. */
export type Notice = string | ((lang: Lang) => string);
