// Types of the pure helpers start.mjs exports, for its tests.
export declare const PROJECT_ROOT: string;
export declare function nativeBuildPaths(
  root: string,
  electronVersion: string,
): { dir: string; staging: string; binding: string };
export declare function copiesIntoNativeBuild(packageDir: string, file: string): boolean;
export declare function prebuildArgs(electronVersion: string): string[];
export declare function nodeGypArgs(electronVersion: string): string[];
export declare function electronArgs(argv: readonly string[]): string[];
export declare function electronEnv(env: NodeJS.ProcessEnv, binding: string): NodeJS.ProcessEnv;
