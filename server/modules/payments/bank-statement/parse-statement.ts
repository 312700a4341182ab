// A statement file of either format, told apart by its content (an upload's name or type is only a hint).
import { parseCamt053 } from "./camt053";
import { parseStatementCsv } from "./csv";
import type { ParseResult } from "./statement";

export function parseStatement(content: string): ParseResult {
  return content.trimStart().startsWith("<") ? parseCamt053(content) : parseStatementCsv(content);
}
