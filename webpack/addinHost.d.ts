export declare const devHost: string;
export declare function addinHost(env?: { host?: string }): string;
export declare function rewriteUrls(text: string, host: string): string;
