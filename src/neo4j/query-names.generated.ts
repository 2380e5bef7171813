export type QueryName = never;
