export const DB_NAME = 'kinlink';
