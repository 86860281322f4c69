/**
 * Size limits of the streaming reader. A record (one JSONL line, one CSV row, one file of one article)
 * is refused past MAX_RECORD_BYTES; a whole .json file of records past MAX_WHOLE_FILE_BYTES.
 */
export const MAX_RECORD_BYTES = 30_000_000;
export const MAX_WHOLE_FILE_BYTES = 256_000_000;
