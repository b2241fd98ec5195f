export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];
