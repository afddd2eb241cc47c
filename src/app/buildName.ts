/** The build's name (vite's `define`); "dev" where no build defined it, as under vitest. */
export const buildName: string = typeof __BALCAO_BUILD__ === 'string' ? __BALCAO_BUILD__ : 'dev';
