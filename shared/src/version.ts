export const MODELSHIP_VERSION = '0.1.0';
