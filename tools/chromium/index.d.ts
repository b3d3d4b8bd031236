/** Launch options of Debian's chromium for playwright: its path and headless, quiet flags. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
